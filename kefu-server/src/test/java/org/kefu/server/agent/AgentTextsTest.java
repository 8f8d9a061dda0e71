package org.kefu.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

final class AgentTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AgentTextsTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyWorkspaceAndHandoffTextExistsInChineseAndEnglish() throws IOException {
        Properties zh = load("agent.properties");
        Properties en = load("agent_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).contains("handoff.assigned", "handoff.closed", "ws.title", "login.title");
        zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }
}
