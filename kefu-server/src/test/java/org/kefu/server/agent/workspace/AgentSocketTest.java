package org.kefu.server.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.AgentRole;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Customers;
import org.kefu.server.conversation.Inbound;
import org.kefu.server.handoff.HandoffService;
import org.kefu.server.testbot.KefuServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KefuServerTest
final class AgentSocketTest {

    @LocalServerPort int port;
    @Autowired AgentDirectory directory;
    @Autowired ConversationService conversations;
    @Autowired Customers customers;
    @Autowired HandoffService handoffs;

    /** Collects the text frames one workspace socket receives. */
    private static final class Frames implements WebSocket.Listener {
        final List<String> received = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            received.add(data.toString());
            socket.request(1);
            return null;
        }
    }

    private WebSocket connect(StaffClient client, Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", client.cookieHeader())
                .header("Origin", client.base())
                .buildAsync(URI.create("ws://localhost:" + port + "/agent/ws"), frames)
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void liveUpdatesReachTheTeamButNotAgentsOfOtherTeamsAndNeverAnonymousSockets() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        directory.createTeam("green-" + s, "绿组", "Green", Set.of("green-skill-" + s));
        directory.createTeam("grey-" + s, "灰组", "Grey", Set.of("grey-skill-" + s));
        directory.create("green." + s, "Green agent", AgentRole.AGENT, 3, Set.of("green-" + s), "secret-green");
        directory.create("grey." + s, "Grey agent", AgentRole.AGENT, 3, Set.of("grey-" + s), "secret-grey");
        StaffClient green = new StaffClient(port);
        green.login("green." + s, "secret-green");
        StaffClient grey = new StaffClient(port);
        grey.login("grey." + s, "secret-grey");
        Frames greenFrames = new Frames();
        Frames greyFrames = new Frames();
        WebSocket greenSocket = connect(green, greenFrames);
        WebSocket greySocket = connect(grey, greyFrames);

        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), "green-skill-" + s, "requested");
        handoffs.enqueue(c.id(), "shop", "green-skill-" + s, "requested", false);
        conversations.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "m-" + s, "我的密码是 secret-" + s, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> greenFrames.received.stream()
                .anyMatch(f -> f.contains("\"type\":\"message\"") && f.contains("secret-" + s)));
        await().atMost(Duration.ofSeconds(10)).until(() -> greyFrames.received.stream().anyMatch(f -> f.contains("refresh")));
        assertThat(greyFrames.received).noneMatch(f -> f.contains("secret-" + s) || f.contains(c.id()));

        Throwable anonymous = catchThrowable(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://localhost:" + port)
                .buildAsync(URI.create("ws://localhost:" + port + "/agent/ws"), new Frames())
                .get(10, TimeUnit.SECONDS));
        assertThat(anonymous).as("the handshake is refused without a staff session").isNotNull();

        greenSocket.abort();
        greySocket.abort();
    }
}
