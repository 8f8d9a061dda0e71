package org.kefu.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.AgentRole;
import org.kefu.server.testbot.KefuServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only admins reach the console and its API; agents and supervisors get 403, anonymous visitors the login. */
@KefuServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // accounts are created once: hashing passwords is slow on purpose
final class AdminAccessTest {

    private static final List<String> PAGES = List.of("/admin", "/admin/bots/shop/faqs", "/admin/bots/shop/faqs/new",
            "/admin/bots/shop/intents", "/admin/bots/shop/inbox", "/admin/bots/shop/models", "/admin/conversations",
            "/admin/audit", "/admin/admin.css");
    private static final List<String> API_GETS = List.of("/api/v1/admin/bots", "/api/v1/admin/bots/shop/faqs", "/api/v1/admin/bots/shop/intents",
            "/api/v1/admin/bots/shop/dictionary", "/api/v1/admin/bots/shop/models", "/api/v1/admin/bots/shop/inbox",
            "/api/v1/admin/conversations", "/api/v1/admin/audit", "/api/v1/admin/bots/shop/faqs/export?format=csv");
    private static final List<String> API_POSTS = List.of("/api/v1/admin/bots/shop/faqs", "/api/v1/admin/bots/shop/models",
            "/api/v1/admin/bots/shop/inbox/assign", "/api/v1/admin/bots/shop/faqs/import/x/commit",
            "/api/v1/admin/bots/shop/models/shop-v1/promote");

    @LocalServerPort
    int port;

    @Autowired
    AgentDirectory directory;

    private String suffix;

    @BeforeAll
    void accounts() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        directory.create("agent." + suffix, "Agent", AgentRole.AGENT, 3, Set.of(), "secret-agent");
        directory.create("sup." + suffix, "Supervisor", AgentRole.SUPERVISOR, 3, Set.of(), "secret-sup");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageOrGet401FromTheApi() {
        AdminClient anonymous = new AdminClient(port);
        for (String page : PAGES) {
            AdminClient.Response r = anonymous.get(page);
            assertThat(r.status()).as(page).isEqualTo(302);
            assertThat(r.raw().headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
        for (String api : API_GETS) {
            assertThat(anonymous.get(api).status()).as(api).isEqualTo(401);
        }
        for (String api : API_POSTS) {
            assertThat(anonymous.postJson(api, "{}").status()).as(api).isIn(401, 403);
        }
    }

    @Test
    void agentsAndSupervisorsAreForbidden() {
        for (AdminClient staff : List.of(new AdminClient(port).login("agent." + suffix, "secret-agent"),
                new AdminClient(port).login("sup." + suffix, "secret-sup"))) {
            for (String path : PAGES) {
                assertThat(staff.get(path).status()).as(path).isEqualTo(403);
            }
            for (String path : API_GETS) {
                assertThat(staff.get(path).status()).as(path).isEqualTo(403);
            }
            for (String path : API_POSTS) {
                assertThat(staff.postJson(path, "{}").status()).as(path).isEqualTo(403);
            }
            assertThat(staff.upload("/api/v1/admin/bots/shop/faqs/import", "faq.csv",
                    "问题,答案\n运费,8元\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);
        }
    }

    @Test
    void theAdminGetsIn() {
        AdminClient admin = new AdminClient(port).login("admin", "test-admin-password");
        for (String path : PAGES) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
        for (String path : API_GETS) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
    }
}
