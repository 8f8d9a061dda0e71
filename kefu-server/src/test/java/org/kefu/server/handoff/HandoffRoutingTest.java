package org.kefu.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.agent.AgentRole;
import org.kefu.server.agent.AgentStatus;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationStatus;
import org.kefu.server.conversation.ConversationTopic;
import org.kefu.server.conversation.Customers;
import org.kefu.server.conversation.Inbound;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HandoffServerTest
final class HandoffRoutingTest {

    private static final Instant TEN_AM_BEIJING = Instant.parse("2026-11-24T02:00:00Z");

    @Autowired HandoffService handoffs;
    @Autowired Tickets tickets;
    @Autowired AgentDirectory directory;
    @Autowired ConversationService conversations;
    @Autowired Customers customers;
    @Autowired MutableClock clock;
    @Autowired LeaveMessageCapture capture;

    private String team;
    private String skill;
    private final List<ConversationEvent.StatusChanged> statuses = new CopyOnWriteArrayList<>();
    private ConversationTopic.Subscription subscription;

    @BeforeEach
    void newTeam() {
        clock.set(TEN_AM_BEIJING);
        team = "team-" + UUID.randomUUID();
        skill = "skill-" + UUID.randomUUID();
        directory.createTeam(team, "测试组", "Test team", Set.of(skill));
        subscription = conversations.topic().subscribeAll(e -> {
            if (e instanceof ConversationEvent.StatusChanged s) {
                statuses.add(s);
            }
        });
    }

    @AfterEach
    void stopListening() {
        subscription.close();
    }

    private Agent agent(AgentStatus status, int capacity, String... teams) {
        Agent a = directory.create("a-" + UUID.randomUUID(), "Agent", AgentRole.AGENT, capacity,
                teams.length == 0 ? Set.of(team) : Set.of(teams), "password1");
        directory.setStatus(a.id(), status);
        return directory.agent(a.id()).orElseThrow();
    }

    private String queued() {
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), skill, "requested");
        handoffs.enqueue(c.id(), "shop", skill, "requested", false);
        return c.id();
    }

    private String otherTeam() {
        String id = "team-" + UUID.randomUUID();
        directory.createTeam(id, "其他组", "Other team", Set.of("skill-" + UUID.randomUUID()));
        return id;
    }

    private String assignee(String conversationId) {
        return handoffs.open(conversationId).map(Handoff::assignedAgentId).orElse(null);
    }

    @Test
    void givesTheConversationToTheLeastLoadedOnlineAgentOfTheSkillsTeam() {
        Agent busy = agent(AgentStatus.ONLINE, 3);
        String first = queued();
        assertThat(assignee(first)).isEqualTo(busy.id());
        Agent free = agent(AgentStatus.ONLINE, 3);
        agent(AgentStatus.OFFLINE, 3);
        agent(AgentStatus.ONLINE, 3, otherTeam());

        String second = queued();

        assertThat(assignee(second)).isEqualTo(free.id());
        Conversation c = conversations.find(second).orElseThrow();
        assertThat(c.status()).isEqualTo(ConversationStatus.AGENT);
        assertThat(c.assignee()).isEqualTo(free.id());
    }

    @Test
    void waitsWhileEveryAgentIsAtCapacityAndMovesWhenOneIsFreed() {
        Agent only = agent(AgentStatus.ONLINE, 1);
        String first = queued();
        String second = queued();
        String third = queued();

        assertThat(assignee(first)).isEqualTo(only.id());
        assertThat(handoffs.open(second)).get().matches(Handoff::waiting);
        await().atMost(Duration.ofSeconds(5)).until(() -> lastPosition(second) == 1 && lastPosition(third) == 2);

        handoffs.close(only, first, true);

        assertThat(assignee(second)).isEqualTo(only.id());
        await().atMost(Duration.ofSeconds(5)).until(() -> lastPosition(third) == 1);
        assertThat(conversations.find(first).orElseThrow().status()).isEqualTo(ConversationStatus.BOT);
    }

    @Test
    void breaksTiesBetweenEquallyLoadedAgentsInFavourOfTheLongestIdle() {
        Agent early = agent(AgentStatus.ONLINE, 3);
        Agent late = agent(AgentStatus.ONLINE, 3);
        clock.advance(Duration.ofMinutes(1));
        String one = queued();
        clock.advance(Duration.ofMinutes(1));
        String two = queued();
        assertThat(Set.of(assignee(one), assignee(two))).containsExactlyInAnyOrder(early.id(), late.id());
        String servedFirst = assignee(one);

        clock.advance(Duration.ofMinutes(1));
        String three = queued();

        assertThat(assignee(three)).as("both have one conversation; the first served waited longest").isEqualTo(servedFirst);
    }

    @Test
    void anAgentComingOnlineReceivesWaitingConversations() {
        Agent away = agent(AgentStatus.AWAY, 2);
        String waiting = queued();
        assertThat(handoffs.open(waiting)).get().matches(Handoff::waiting);

        directory.setStatus(away.id(), AgentStatus.ONLINE);

        await().atMost(Duration.ofSeconds(5)).until(() -> away.id().equals(assignee(waiting)));
    }

    @Test
    void claimingByHandIsForTheTeamOrASupervisor() {
        String waiting = queued();
        Agent stranger = agent(AgentStatus.ONLINE, 3, otherTeam());
        Agent supervisor = directory.create("s-" + UUID.randomUUID(), "Sup", AgentRole.SUPERVISOR, 3, Set.of(), "password1");

        assertThatThrownBy(() -> handoffs.claim(stranger, waiting)).isInstanceOf(HandoffException.class);

        handoffs.claim(supervisor, waiting);

        assertThat(assignee(waiting)).isEqualTo(supervisor.id());
        assertThatThrownBy(() -> handoffs.claim(stranger, waiting)).isInstanceOf(HandoffException.class);
    }

    @Test
    void transferToAnotherTeamQueuesItThereAndToAnAgentAssignsDirectly() {
        Agent mine = agent(AgentStatus.ONLINE, 3);
        String otherTeam = otherTeam();
        String id = queued();

        handoffs.transferToTeam(mine, id, otherTeam);

        Handoff there = handoffs.open(id).orElseThrow();
        assertThat(there.teamId()).isEqualTo(otherTeam);
        assertThat(there.waiting()).isTrue();
        assertThat(conversations.find(id).orElseThrow().status()).isEqualTo(ConversationStatus.QUEUED);

        Agent colleague = agent(AgentStatus.AWAY, 1, otherTeam);
        Agent supervisor = directory.create("s-" + UUID.randomUUID(), "Sup", AgentRole.SUPERVISOR, 3, Set.of(), "password1");
        handoffs.claim(supervisor, id);
        handoffs.transferToAgent(supervisor, id, colleague.id());

        assertThat(assignee(id)).as("a direct transfer ignores presence").isEqualTo(colleague.id());
        assertThat(handoffs.history(id)).extracting(Handoff::outcome).containsExactly("transferred", "transferred", null);
    }

    @Test
    void outsideServiceHoursTheCustomerIsOfferedToLeaveAMessageThatBecomesATicket() {
        directory.createTeam("hours-team", "营业组", "Hours team", Set.of("hours-skill"));
        agent(AgentStatus.ONLINE, 3, "hours-team");
        clock.set(Instant.parse("2026-11-24T14:30:00Z")); // 22:30 in Beijing
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), "hours-skill", "requested");

        assertThat(handoffs.enqueue(c.id(), "shop", "hours-skill", "requested", false)).isEmpty();

        assertThat(conversations.find(c.id()).orElseThrow().status()).isEqualTo(ConversationStatus.BOT);
        assertThat(lastSystemText(c.id())).contains("留言");
        assertThat(systemMessages(c.id()).getLast().quickReplies())
                .as("the notice carries the button that opens the widget's leave-a-message form")
                .containsExactly(new QuickReply("留言", "/leave_message"));

        Ticket ticket = tickets.leave(conversations.find(c.id()).orElseThrow(), "王小明", "13800138000", "请明早联系我");
        assertThat(tickets.open(List.of("hours-team"))).extracting(Ticket::id).contains(ticket.id());
        assertThat(tickets.markHandled(ticket.id(), directory.members("hours-team").getFirst().id())).isTrue();
        assertThat(tickets.open(List.of("hours-team"))).extracting(Ticket::id).doesNotContain(ticket.id());

        clock.set(Instant.parse("2026-11-25T01:30:00Z")); // 09:30 next morning
        Conversation next = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(next.id(), "hours-skill", "requested");
        assertThat(handoffs.enqueue(next.id(), "shop", "hours-skill", "requested", false)).isPresent();
    }

    @Test
    void afterTheQueueTimeoutTheCustomerIsOfferedToLeaveAMessageOnce() {
        String waiting = queued();
        clock.advance(Duration.ofMinutes(4));
        handoffs.sweep();
        assertThat(systemMessages(waiting)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        handoffs.sweep();
        handoffs.sweep();

        assertThat(systemMessages(waiting)).hasSize(1);
        assertThat(systemMessages(waiting).getFirst().text()).contains("留言");
        assertThat(systemMessages(waiting).getFirst().quickReplies()).extracting(QuickReply::payload)
                .containsExactly("/leave_message");
        assertThat(handoffs.open(waiting)).get().matches(Handoff::waiting);

        tickets.leave(conversations.find(waiting).orElseThrow(), null, "alice@example.com", "call me");
        assertThat(handoffs.open(waiting)).isEmpty();
        assertThat(conversations.find(waiting).orElseThrow().status()).isEqualTo(ConversationStatus.BOT);
    }

    @Test
    void theMessageWrittenAfterTheBotsLeaveAMessageOfferBecomesOneTicket() {
        Conversation c = conversations.create(customers.newVisitor().id(), "shop", Locale.SIMPLIFIED_CHINESE);
        conversations.queue(c.id(), skill, "requested");
        Message offer = new Message(UUID.randomUUID().toString(), c.id(), 99, null, Sender.BOT, null, null,
                "请直接留下您的问题和联系方式", null, List.of(), List.of(),
                new ReplyMeta(ReplySource.HANDOFF, LeaveMessageCapture.OFFER_INTENT, 1.0), null, clock.instant());
        capture.onEvent(new ConversationEvent.MessageStored(offer));

        Message left = conversations.appendCustomerMessage(
                new Inbound(c.id(), c.customerId(), "left-1", "快递丢了，请打 13800138000 联系我", null)).message();

        await().atMost(Duration.ofSeconds(5)).until(() -> !tickets.open(List.of(team)).isEmpty());
        Ticket ticket = tickets.open(List.of(team)).getFirst();
        assertThat(ticket.contact()).isEqualTo("13800138000");
        assertThat(ticket.message()).contains("快递丢了");
        assertThat(systemMessages(c.id())).extracting(Message::text).anyMatch(t -> t.contains("留言已收到"));

        capture.onEvent(new ConversationEvent.MessageStored(offer));
        capture.onEvent(new ConversationEvent.MessageStored(left));
        conversations.appendCustomerMessage(new Inbound(c.id(), c.customerId(), "later", "还有一件事", null));
        assertThat(tickets.open(List.of(team))).as("one ticket per message left").hasSize(1);
    }

    @Test
    void findsThePhoneNumberOrEmailToReplyTo() {
        assertThat(Tickets.contactIn("请打13800138000")).isEqualTo("13800138000");
        assertThat(Tickets.contactIn("mail alice@example.com please")).isEqualTo("alice@example.com");
        assertThat(Tickets.contactIn("订单 20241101001 没到")).as("an order number is no phone").isEqualTo("chat");
    }

    private int lastPosition(String conversationId) {
        return statuses.stream()
                .filter(s -> s.conversationId().equals(conversationId) && s.queuePosition() != null)
                .reduce((a, b) -> b)
                .map(ConversationEvent.StatusChanged::queuePosition)
                .orElse(-1);
    }

    private List<Message> systemMessages(String conversationId) {
        return conversations.messagesAfter(conversationId, 0).stream().filter(m -> m.sender() == Sender.SYSTEM).toList();
    }

    private String lastSystemText(String conversationId) {
        return systemMessages(conversationId).getLast().text();
    }
}
