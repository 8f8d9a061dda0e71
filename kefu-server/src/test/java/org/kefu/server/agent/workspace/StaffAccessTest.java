package org.kefu.server.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.AgentRole;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Customers;
import org.kefu.server.handoff.HandoffService;
import org.kefu.server.testbot.KefuServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KefuServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // accounts are created once: hashing passwords is slow on purpose
final class StaffAccessTest {

    private static final List<String> PAGES = List.of("/agent", "/agent/lists", "/agent/conversations/c1",
            "/supervisor", "/supervisor/board", "/admin");
    private static final List<String> API_GETS = List.of("/api/v1/agent/me", "/api/v1/agent/conversations/c1/messages",
            "/api/v1/agent/conversations/c1/canned", "/api/v1/admin/bots");

    @LocalServerPort int port;
    @Autowired AgentDirectory directory;
    @Autowired ConversationService conversations;
    @Autowired Customers customers;
    @Autowired HandoffService handoffs;

    private String suffix;

    @BeforeAll
    void accounts() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        directory.createTeam("red-" + suffix, "红组", "Red", Set.of("red-skill-" + suffix));
        directory.createTeam("blue-" + suffix, "蓝组", "Blue", Set.of("blue-skill-" + suffix));
        directory.create("red." + suffix, "Red agent", AgentRole.AGENT, 3, Set.of("red-" + suffix), "secret-red");
        directory.create("blue." + suffix, "Blue agent", AgentRole.AGENT, 3, Set.of("blue-" + suffix), "secret-blue");
        directory.create("sup." + suffix, "Supervisor", AgentRole.SUPERVISOR, 3, Set.of(), "secret-sup");
        directory.create("adm." + suffix, "Admin", AgentRole.ADMIN, 3, Set.of(), "secret-adm");
    }

    private StaffClient as(String who, String password) {
        StaffClient client = new StaffClient(port);
        assertThat(client.login(who + "." + suffix, password)).endsWith("/agent");
        return client;
    }

    @Test
    void everyStaffPageSendsAnonymousVisitorsToTheLoginPage() {
        StaffClient anonymous = new StaffClient(port);
        for (String page : PAGES) {
            var r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void everyStaffApiAnswersAnonymousCallersWith401() {
        StaffClient anonymous = new StaffClient(port);
        for (String api : API_GETS) {
            assertThat(anonymous.get(api).statusCode()).as(api).isEqualTo(401);
        }
        assertThat(anonymous.postJson("/api/v1/agent/status", "{\"status\":\"ONLINE\"}").statusCode()).isIn(401, 403);
        assertThat(anonymous.postJson("/api/v1/supervisor/conversations/c1/reassign", "{}").statusCode()).isIn(401, 403);
    }

    @Test
    void withoutTheDemoProfileOnlyTheConfiguredAdminIsCreated() {
        assertThat(directory.byUsername("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(AgentRole.ADMIN));
        assertThat(directory.byUsername("agent.shop")).isEmpty();
        assertThat(new StaffClient(port).login("admin", "test-admin-password")).endsWith("/agent");
    }

    @Test
    void whatAnOpenWorkspaceFetchesAfterLogoutDoesNotDecideWhereTheNextLoginLands() {
        StaffClient client = new StaffClient(port);
        // After a logout or an expired session the open workspace page still polls, refreshes and reconnects;
        // none of that is a page to come back to.
        client.get("/api/v1/agent/conversations/c1/messages?afterSeq=0", "Accept", "*/*");
        client.get("/agent/lists", "HX-Request", "true", "Accept", "*/*");
        client.get("/agent/ws", "Sec-WebSocket-Version", "13", "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");

        assertThat(client.login("red." + suffix, "secret-red")).endsWith("/agent");
    }

    @Test
    void aStaffPageOpenedBeforeLoggingInIsWhereTheLoginLands() {
        StaffClient client = new StaffClient(port);
        client.get("/supervisor", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(client.login("sup." + suffix, "secret-sup")).contains("/supervisor");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAnError() {
        assertThat(new StaffClient(port).login("red." + suffix, "not-the-password")).endsWith("/login?error");
    }

    @Test
    void anAgentIsRefusedTheSupervisorAndAdminPagesAndApis() {
        StaffClient agent = as("red", "secret-red");

        assertThat(agent.get("/agent").body()).contains("客服工作台");
        assertThat(agent.get("/agent?lang=en").body()).contains("Agent workspace");
        assertThat(agent.get("/agent/lists").statusCode()).isEqualTo(200);
        assertThat(agent.get("/supervisor").statusCode()).isEqualTo(403);
        assertThat(agent.get("/supervisor/board").statusCode()).isEqualTo(403);
        assertThat(agent.postForm("/api/v1/supervisor/conversations/c1/reassign", "agentId=x").statusCode()).isEqualTo(403);
        assertThat(agent.get("/admin").statusCode()).isEqualTo(403);
        assertThat(agent.get("/api/v1/admin/bots").statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorHasTheAgentAndSupervisorViewsButNotTheAdminConsole() {
        StaffClient supervisor = as("sup", "secret-sup");

        assertThat(supervisor.get("/agent").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/supervisor").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/supervisor/board").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/admin").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/api/v1/admin/bots").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminHasEveryStaffRole() {
        StaffClient admin = as("adm", "secret-adm");

        assertThat(admin.get("/agent").statusCode()).isEqualTo(200);
        assertThat(admin.get("/supervisor/board").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin").statusCode()).as("past security; the console itself may not exist yet")
                .isNotIn(302, 401, 403);
    }

    @Test
    void anAgentCannotReadAnotherTeamsConversationButASupervisorCan() {
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), "blue-skill-" + suffix, "requested");
        handoffs.enqueue(c.id(), "shop", "blue-skill-" + suffix, "requested", false);
        StaffClient red = as("red", "secret-red");
        StaffClient blue = as("blue", "secret-blue");
        StaffClient supervisor = as("sup", "secret-sup");

        assertThat(red.get("/agent/conversations/" + c.id()).statusCode()).isEqualTo(403);
        assertThat(red.get("/api/v1/agent/conversations/" + c.id() + "/messages").statusCode()).isEqualTo(403);
        assertThat(red.postJson("/api/v1/agent/conversations/" + c.id() + "/claim", "{}").statusCode()).isEqualTo(409);
        assertThat(red.postJson("/api/v1/agent/conversations/" + c.id() + "/notes", "{\"text\":\"peek\"}").statusCode())
                .isEqualTo(403);
        assertThat(red.get("/agent/lists").body()).doesNotContain(c.id());

        assertThat(blue.get("/agent/conversations/" + c.id()).statusCode()).isEqualTo(200);
        assertThat(blue.get("/agent/lists").body()).contains(c.id());
        assertThat(supervisor.get("/agent/conversations/" + c.id()).statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/api/v1/agent/conversations/" + c.id() + "/messages").body()).contains("\"seq\":1");
    }

    @Test
    void anAgentCannotWriteIntoAConversationThatIsNotAssignedToThem() {
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), "blue-skill-" + suffix, "requested");
        handoffs.enqueue(c.id(), "shop", "blue-skill-" + suffix, "requested", false);
        StaffClient blue = as("blue", "secret-blue");

        assertThat(blue.postJson("/api/v1/agent/conversations/" + c.id() + "/messages", "{\"text\":\"hi\"}").statusCode())
                .as("still waiting, not claimed").isEqualTo(403);
        assertThat(blue.postJson("/api/v1/agent/conversations/" + c.id() + "/claim", "{}").statusCode()).isEqualTo(200);
        assertThat(blue.postJson("/api/v1/agent/conversations/" + c.id() + "/messages", "{\"text\":\"hi\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSupervisorSeesTheQueueAndLoadAndReassignsAConversation() {
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), "red-skill-" + suffix, "complaint");
        handoffs.enqueue(c.id(), "shop", "red-skill-" + suffix, "complaint", false);
        String blueId = directory.byUsername("blue." + suffix).orElseThrow().id();
        StaffClient supervisor = as("sup", "secret-sup");

        assertThat(supervisor.get("/supervisor/board").body()).contains("red-skill-" + suffix, "Blue agent");
        assertThat(supervisor.postForm("/api/v1/supervisor/conversations/" + c.id() + "/reassign", "agentId=" + blueId)
                .statusCode()).as("blue is not in the red team").isEqualTo(409);
        String redId = directory.byUsername("red." + suffix).orElseThrow().id();
        assertThat(supervisor.postForm("/api/v1/supervisor/conversations/" + c.id() + "/reassign", "agentId=" + redId)
                .statusCode()).isEqualTo(204);
        assertThat(supervisor.postForm("/api/v1/supervisor/conversations/" + c.id() + "/reassign", "agentId=" + blueId)
                .statusCode()).as("once assigned, a supervisor may move it anywhere").isEqualTo(204);

        assertThat(handoffs.open(c.id())).hasValueSatisfying(h -> assertThat(h.assignedAgentId()).isEqualTo(blueId));
        assertThat(supervisor.get("/supervisor/board").body()).contains("Blue agent");
    }

    @Test
    void aStaffPostWithoutTheCsrfTokenIsRefused() {
        StaffClient agent = as("red", "secret-red");

        assertThat(agent.postJsonWithoutCsrf("/api/v1/agent/status", "{\"status\":\"ONLINE\"}").statusCode()).isEqualTo(403);
        assertThat(agent.postJson("/api/v1/agent/status", "{\"status\":\"ONLINE\"}").statusCode()).isEqualTo(200);
    }
}
