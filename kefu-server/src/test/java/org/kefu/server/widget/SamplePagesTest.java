package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample pages over HTTP: language choice, the widget's script tag, the widget script itself. */
@KefuServerTest
final class SamplePagesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void shopPageEmbedsTheShopBotInChineseByDefault() throws Exception {
        HttpResponse<String> page = get("/", "zh-CN,zh;q=0.9");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>演示商城 Demo Shop</title>")
                .contains("星辰 X5 智能手机")
                .containsPattern("<script src=\"/widget.js\" data-bot=\"shop\" data-locale=\"zh-CN\" data-color=\"#e4393c\" async")
                .contains("lang=\"zh-CN\"");
    }

    @Test
    void shopPageSpeaksEnglishWhenTheBrowserPrefersIt() throws Exception {
        HttpResponse<String> page = get("/", "en-US,en;q=0.9");

        assertThat(page.body()).contains("Nova X5 smartphone").contains("data-locale=\"en\"").doesNotContain("星辰");
    }

    @Test
    void langParameterOverridesTheBrowserLanguage() throws Exception {
        assertThat(get("/?lang=en", "zh-CN").body()).contains("Best sellers").contains("data-locale=\"en\"");
        assertThat(get("/bank?lang=zh", "en-US").body()).contains("常用服务").contains("data-locale=\"zh-CN\"");
    }

    @Test
    void bankPageEmbedsTheBankBot() throws Exception {
        HttpResponse<String> page = get("/bank", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("演示银行 Demo Bank").contains("data-bot=\"bank\"").contains("400-000-0000");
    }

    @Test
    void widgetScriptIsServedPubliclyAndStaysUnderFiftyKilobytes() throws Exception {
        HttpResponse<String> script = get("/widget.js", "zh-CN");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(script.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(50 * 1024);
        assertThat(script.body()).contains("/ws/chat").doesNotContain("innerHTML = m.").doesNotContain("innerHTML=m.");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
