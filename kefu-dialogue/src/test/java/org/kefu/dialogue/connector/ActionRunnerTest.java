package org.kefu.dialogue.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.DialogueException;
import org.kefu.dialogue.definition.BotConfig;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.ConnectorDef;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.dialogue.definition.ServiceHours;

final class ActionRunnerTest {

    private MockWebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> settings() {
        return Map.of("kefu.test.base-url", server.url("/").toString().replaceAll("/$", ""), "kefu.test.secret", "s3cret");
    }

    private static ConnectorDef connector(String method, String url, String body, Duration timeout, int attempts,
            int minimumCalls, Map<Integer, String> outcomes, Map<String, String> mapping) {
        return new ConnectorDef("c", method, url, Map.of("Authorization", "Bearer ${kefu.test.secret}"), body, timeout,
                attempts, Duration.ofMillis(5), 2.0, 50, minimumCalls, Duration.ofMinutes(1), outcomes, mapping);
    }

    private static ConnectorDef lookup() {
        return connector("GET", "${kefu.test.base-url}/orders/${orderId}", null, Duration.ofSeconds(2), 3, 10,
                Map.of(404, "not_found"), Map.of("status", "/status", "carrier", "/shipment/carrier", "items", "/items/*/name"));
    }

    private static BotDefinition bot(ConnectorDef connector, List<FlowDef> flows) {
        BotConfig config = new BotConfig("t", new LocalizedText("测试", "Test"), Locale.ENGLISH, null, ServiceHours.always(),
                0.5, 0.5, 0.15, 2, 2, "team", Map.of(), Map.of(), null);
        return new BotDefinition(config, List.of(), List.of(), List.of(), List.of(), Map.of(), flows, Map.of(connector.id(), connector));
    }

    private ActionRunner runner(ConnectorDef connector) {
        return ActionRunner.create(bot(connector, List.of()), settings(), client, List.of());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void mapsTheResponseIntoSlotsWithJsonPointers() throws InterruptedException {
        server.enqueue(json(200, """
                {"status":"shipped","shipment":{"carrier":"SF"},"items":[{"name":"phone"},{"name":"case"}]}"""));
        ActionResult result = runner(lookup()).run("c", Map.of("orderId", "2024 11/01"));
        assertThat(result.outcome()).isEqualTo("ok");
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("status", "shipped", "carrier", "SF", "items", "phone, case"));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/orders/2024%2011%2F01");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void sendsAJsonBodyWithEscapedSlotValues() throws InterruptedException {
        server.enqueue(json(200, "{\"returnId\":\"R1\"}"));
        ConnectorDef post = connector("POST", "${kefu.test.base-url}/returns", "{\"reason\": \"${reason}\"}",
                Duration.ofSeconds(2), 1, 10, Map.of(), Map.of("returnId", "/returnId"));
        ActionResult result = runner(post).run("c", Map.of("reason", "说 \"坏了\"\n"));
        assertThat(result.values()).containsEntry("returnId", "R1");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().utf8()).isEqualTo("{\"reason\": \"说 \\\"坏了\\\"\\n\"}");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void namesAMappedStatusAsItsOutcome() {
        server.enqueue(json(404, "{\"error\":\"no such order\"}"));
        assertThat(runner(lookup()).run("c", Map.of("orderId", "1")).outcome()).isEqualTo("not_found");
    }

    @Test
    void retriesServerErrorsWithBackoffUntilOneSucceeds() {
        server.enqueue(json(503, "busy"));
        server.enqueue(json(500, "oops"));
        server.enqueue(json(200, "{\"status\":\"paid\"}"));
        ActionResult result = runner(lookup()).run("c", Map.of("orderId", "1"));
        assertThat(result.values()).containsEntry("status", "paid");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void failsAfterTheLastRetryOfAServerError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(502, "bad gateway"));
        }
        ActionResult result = runner(lookup()).run("c", Map.of("orderId", "1"));
        assertThat(result.failed()).isTrue();
        assertThat(result.detail()).isEqualTo("HTTP 502");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void failsOnATimeoutAfterRetrying() {
        ConnectorDef slow = connector("GET", "${kefu.test.base-url}/slow", null, Duration.ofMillis(150), 2, 10,
                Map.of(), Map.of("status", "/status"));
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        }
        long started = System.nanoTime();
        ActionResult result = runner(slow).run("c", Map.of());
        assertThat(result.failed()).isTrue();
        assertThat(result.detail()).startsWith("timeout after 150 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void failsOnGarbageInsteadOfJsonWithoutRetrying() {
        server.enqueue(json(200, "<html>maintenance</html>"));
        ActionResult result = runner(lookup()).run("c", Map.of("orderId", "1"));
        assertThat(result.failed()).isTrue();
        assertThat(result.detail()).isEqualTo("HTTP 200 body is not JSON");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failsOnAnUnmappedClientError() {
        server.enqueue(json(401, "{}"));
        assertThat(runner(lookup()).run("c", Map.of("orderId", "1")).failed()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCalling() {
        ConnectorDef fragile = connector("GET", "${kefu.test.base-url}/x", null, Duration.ofSeconds(1), 1, 2,
                Map.of(), Map.of());
        ActionRunner runner = runner(fragile);
        server.enqueue(json(500, "down"));
        server.enqueue(json(500, "down"));
        assertThat(runner.run("c", Map.of()).failed()).isTrue();
        assertThat(runner.run("c", Map.of()).failed()).isTrue();
        server.enqueue(json(200, "{}"));
        ActionResult refused = runner.run("c", Map.of());
        assertThat(refused.failed()).isTrue();
        assertThat(refused.detail()).isEqualTo("circuit open");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failsFastWhenASettingTheConnectorUsesIsMissing() {
        assertThatThrownBy(() -> ActionRunner.create(bot(lookup(), List.of()), Map.of(), client, List.of()))
                .isInstanceOf(DialogueException.class)
                .hasMessageContaining("connector c uses setting 'kefu.test.base-url' which is not configured")
                .hasMessageContaining("'kefu.test.secret'");
    }

    @Test
    void runsACustomActionFoundWithTheServiceLoader() {
        FlowDef flow = new FlowDef("f", List.of("i"), false, List.of(), null, "custom:echo",
                List.of(new FlowDef.Result(Map.of(), "r")));
        ActionRunner runner = ActionRunner.create(bot(lookup(), List.of(flow)), settings(), client, List.of());
        assertThat(runner.run("custom:echo", Map.of("orderId", "7")).values().get("echo")).startsWith("7@http://");
        assertThat(runner.run("custom:echo", Map.of("boom", "1")).failed()).isTrue();
    }

    @Test
    void refusesAFlowCallingAnUnregisteredCustomAction() {
        FlowDef flow = new FlowDef("f", List.of("i"), false, List.of(), null, "custom:nope",
                List.of(new FlowDef.Result(Map.of(), "r")));
        assertThatThrownBy(() -> ActionRunner.create(bot(lookup(), List.of(flow)), settings(), client, List.of()))
                .hasMessageContaining("flow f calls custom action 'nope'");
        assertThat(Set.of("ok")).contains(ActionResult.OK);
    }
}
