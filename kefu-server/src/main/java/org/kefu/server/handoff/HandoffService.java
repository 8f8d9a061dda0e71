package org.kefu.server.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The queue and its routing. Every change of who has a conversation goes through here: a bot handoff
 * queues it (or, outside service hours, offers to leave a message), waiting conversations go to the
 * least-loaded online agent of the team as soon as one has room, agents claim, transfer and close.
 *
 * <p>Changes are serialised on this node ({@code synchronized}); the store's conditional assignment keeps
 * two nodes from giving one conversation to two agents.
 */
@Service
public class HandoffService {

    private static final Logger log = LoggerFactory.getLogger(HandoffService.class);

    private final HandoffStore store;
    private final AgentDirectory directory;
    private final ServiceHoursCalendar hours;
    private final ConversationService conversations;
    private final HandoffTexts texts;
    private final HandoffProperties properties;
    private final Clock clock;

    HandoffService(HandoffStore store, AgentDirectory directory, ServiceHoursCalendar hours,
            ConversationService conversations, HandoffTexts texts, HandoffProperties properties, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.hours = hours;
        this.conversations = conversations;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Puts a conversation the bot handed off into its team's queue and routes it if an agent has room.
     * When the team is outside its service hours the conversation goes back to the bot and the customer is
     * offered to leave a message. When no team owns the skill it stays queued, unrouted, with a warning.
     *
     * @param skill the skill asked for, or null for the bot's general one ({@code <bot>-general})
     * @param botOfferedLeaveMessage true when the bot already told the customer nobody is available
     * @return the waiting or assigned handoff, or empty when the customer was offered to leave a message
     */
    public synchronized Optional<Handoff> enqueue(String conversationId, String bot, @Nullable String skill,
            String reason, boolean botOfferedLeaveMessage) {
        Optional<Handoff> open = store.openFor(conversationId);
        if (open.isPresent()) {
            return open;
        }
        String wanted = skill == null || skill.isBlank() ? bot + "-general" : skill;
        Optional<String> team = directory.teamOfSkill(wanted).or(() -> directory.teamOfSkill(bot + "-general"));
        if (team.isEmpty()) {
            // a bot configuration problem, not the customer's: leave the conversation queued for a supervisor
            log.warn("No team owns skill '{}' (nor '{}-general'); conversation {} stays queued unrouted. "
                    + "Give a team that skill.", wanted, bot, conversationId);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!hours.isOpen(team.get(), now) || botOfferedLeaveMessage) {
            conversations.returnToBot(conversationId);
            if (!botOfferedLeaveMessage) {
                Locale locale = locale(conversationId);
                conversations.appendSystemMessage(conversationId, texts.get("closed", locale),
                        texts.leaveMessageButton(locale));
            }
            return Optional.empty();
        }
        Handoff h = new Handoff(UUID.randomUUID().toString(), conversationId, bot, wanted, team.get(), reason, now,
                null, null, null, null, null);
        store.insert(h);
        dispatch(team.get());
        return store.openFor(conversationId);
    }

    /** Gives waiting conversations of a team to agents with room, first come first, then tells the rest their place. */
    public synchronized void dispatch(String teamId) {
        List<Handoff> waiting = store.waiting(teamId);
        if (!waiting.isEmpty()) {
            Map<String, Integer> load = store.load();
            List<Agent> members = directory.members(teamId);
            for (Handoff h : waiting) {
                Optional<Agent> agent = Router.choose(members, load, teamId);
                if (agent.isEmpty()) {
                    break;
                }
                if (assign(h, agent.get())) {
                    load.merge(agent.get().id(), 1, Integer::sum);
                    // the member list carries lastAssignedAt for the tie break: read it again
                    members = directory.members(teamId);
                }
            }
        }
        publishPositions(teamId);
    }

    /** {@link #dispatch(String)} for every team. */
    public synchronized void dispatchAll() {
        directory.teams().forEach(t -> dispatch(t.id()));
    }

    /**
     * An agent takes a waiting conversation by hand. Capacity does not stop a deliberate claim.
     *
     * @throws HandoffException if it is not waiting, or the agent is not in its team and not a supervisor
     */
    public synchronized Handoff claim(Agent agent, String conversationId) {
        Handoff h = store.openFor(conversationId)
                .filter(Handoff::waiting)
                .orElseThrow(() -> new HandoffException("conversation is not waiting: " + conversationId));
        if (!agent.supervises() && !agent.teams().contains(h.teamId())) {
            throw new HandoffException("conversation waits for another team: " + h.teamId());
        }
        if (!assign(h, agent)) {
            throw new HandoffException("someone else took the conversation: " + conversationId);
        }
        publishPositions(h.teamId());
        return store.openFor(conversationId).orElseThrow();
    }

    /**
     * Moves a conversation to another team's queue.
     *
     * @throws HandoffException if {@code by} does not have it (and does not supervise) or the team has no skills
     */
    public synchronized void transferToTeam(Agent by, String conversationId, String teamId) {
        Handoff current = ownOpen(by, conversationId);
        var team = directory.team(teamId).orElseThrow(() -> new HandoffException("no such team: " + teamId));
        String skill = team.skills().contains(current.skill()) ? current.skill()
                : team.skills().stream().sorted().findFirst()
                        .orElseThrow(() -> new HandoffException("team has no skills: " + teamId));
        Instant now = clock.instant();
        store.end(current.id(), "transferred", now);
        store.insert(new Handoff(UUID.randomUUID().toString(), conversationId, current.bot(), skill, teamId, "transfer",
                now, null, null, null, null, null));
        conversations.queue(conversationId, skill, "transfer");
        conversations.appendSystemMessage(conversationId,
                texts.get("transferred", locale(conversationId), team.name(locale(conversationId))));
        dispatch(teamId);
        dispatch(current.teamId());
    }

    /**
     * Gives a conversation straight to another agent, whatever their load.
     *
     * @throws HandoffException if {@code by} does not have it (and does not supervise), or the target is unknown
     */
    public synchronized void transferToAgent(Agent by, String conversationId, String targetAgentId) {
        Handoff current = ownOpen(by, conversationId);
        Agent target = directory.agent(targetAgentId)
                .orElseThrow(() -> new HandoffException("no such agent: " + targetAgentId));
        if (target.id().equals(current.assignedAgentId())) {
            return;
        }
        String teamId = target.teams().contains(current.teamId()) ? current.teamId()
                : target.teams().stream().sorted().findFirst().orElse(current.teamId());
        Instant now = clock.instant();
        store.end(current.id(), "transferred", now);
        Handoff next = new Handoff(UUID.randomUUID().toString(), conversationId, current.bot(), current.skill(), teamId,
                "transfer", now, null, null, null, null, null);
        store.insert(next);
        assign(next, target);
        dispatch(current.teamId());
    }

    /**
     * Ends the human part: the conversation goes back to the bot (or is closed) and the customer is asked
     * to rate the service.
     *
     * @throws HandoffException if {@code by} does not have it and does not supervise
     */
    public synchronized void close(Agent by, String conversationId, boolean backToBot) {
        Handoff current = ownOpen(by, conversationId);
        store.end(current.id(), "closed", clock.instant());
        conversations.appendSystemMessage(conversationId, texts.get("ended", locale(conversationId)));
        if (backToBot) {
            conversations.returnToBot(conversationId);
            conversations.topic().publish(new ConversationEvent.SurveyRequested(conversationId));
        } else {
            conversations.close(conversationId, true);
        }
        dispatch(current.teamId());
    }

    /**
     * Ends a wait because the customer left a message instead; the conversation returns to the bot.
     *
     * @return the team that should follow up
     */
    synchronized String abandonForMessage(Conversation conversation) {
        Optional<Handoff> open = store.openFor(conversation.id());
        String teamId = open.map(Handoff::teamId)
                .or(() -> store.history(conversation.id()).stream().reduce((a, b) -> b).map(Handoff::teamId))
                .or(() -> Optional.ofNullable(conversation.team()).flatMap(directory::teamOfSkill))
                .or(() -> directory.teamOfSkill(conversation.bot() + "-general"))
                .orElseThrow(() -> new HandoffException("no team takes messages for bot " + conversation.bot()));
        if (open.isPresent() && open.get().waiting()) {
            store.end(open.get().id(), "left_message", clock.instant());
            if (conversation.status() == ConversationStatus.QUEUED) {
                conversations.returnToBot(conversation.id());
            }
            publishPositions(teamId);
        }
        return teamId;
    }

    /**
     * Offers customers who waited longer than the queue timeout, or whose team just closed, to leave a
     * message (once per wait), and routes anything a missed event left waiting.
     */
    public synchronized void sweep() {
        Instant now = clock.instant();
        for (Handoff h : store.waitingAll()) {
            boolean timedOut = !h.queuedAt().plus(properties.queueTimeout()).isAfter(now);
            boolean closed = !hours.isOpen(h.teamId(), now);
            if ((timedOut || closed) && h.timeoutOfferedAt() == null) {
                store.markTimeoutOffered(h.id(), now);
                Locale locale = locale(h.conversationId());
                conversations.appendSystemMessage(h.conversationId(),
                        texts.get(closed ? "closed-while-waiting" : "timeout", locale), texts.leaveMessageButton(locale));
                log.debug("Offered conversation {} to leave a message after waiting {}", h.conversationId(), h.waited(now));
            }
        }
        dispatchAll();
    }

    /** The conversation's open handoff, waiting or with an agent. */
    public Optional<Handoff> open(String conversationId) {
        return store.openFor(conversationId);
    }

    /** Every handoff of the conversation, oldest first. */
    public List<Handoff> history(String conversationId) {
        return store.history(conversationId);
    }

    /** Waiting conversations of a team, first come first. */
    public List<Handoff> waiting(String teamId) {
        return store.waiting(teamId);
    }

    /** Conversations an agent has now. */
    public List<Handoff> activeFor(String agentId) {
        return store.activeFor(agentId);
    }

    /** Conversations with agents now, for one team or (null) all. */
    public List<Handoff> active(@Nullable String teamId) {
        return store.active(teamId);
    }

    /** Open conversations per agent id. */
    public Map<String, Integer> load() {
        return store.load();
    }

    private boolean assign(Handoff h, Agent agent) {
        if (!store.assign(h.id(), agent.id(), clock.instant())) {
            return false;
        }
        directory.markAssigned(agent.id());
        conversations.assign(h.conversationId(), agent.id(), agent.displayName());
        conversations.appendSystemMessage(h.conversationId(),
                texts.get("assigned", locale(h.conversationId()), agent.displayName()));
        return true;
    }

    private Handoff ownOpen(Agent by, String conversationId) {
        Handoff h = store.openFor(conversationId)
                .orElseThrow(() -> new HandoffException("conversation is not with a human: " + conversationId));
        boolean own = by.id().equals(h.assignedAgentId());
        boolean teamWaiting = h.waiting() && by.teams().contains(h.teamId());
        if (!own && !teamWaiting && !by.supervises()) {
            throw new HandoffException("conversation belongs to another agent: " + conversationId);
        }
        return h;
    }

    private void publishPositions(String teamId) {
        List<Handoff> waiting = store.waiting(teamId);
        for (int i = 0; i < waiting.size(); i++) {
            conversations.publishQueuePosition(waiting.get(i).conversationId(), i + 1);
        }
    }

    private Locale locale(String conversationId) {
        return conversations.find(conversationId).map(Conversation::locale).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
