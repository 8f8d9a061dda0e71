package org.kefu.dialogue.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.CustomerContext;
import org.kefu.dialogue.DialogueEngine;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.TurnResult;
import org.kefu.nlu.Understander;

/**
 * Drives a {@link DialogueEngine} turn by turn like a customer, keeping the state between turns, with
 * assertions on the last turn: {@code harness.user("我要退货").expectAsk("orderId")}.
 */
final class DialogueHarness {

    /** 10:00 in Shanghai: inside the mini bot's service hours. */
    static final Instant DAYTIME = Instant.parse("2026-11-24T02:00:00Z");
    /** 23:30 in Shanghai: outside them. */
    static final Instant NIGHT = Instant.parse("2026-11-24T15:30:00Z");

    private final DialogueEngine engine;
    private final Understander understander;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private CustomerContext customer = new CustomerContext("visitor-1", null, Map.of());
    private Instant at = DAYTIME;
    private DialogueState state = DialogueState.initial();
    private @Nullable TurnResult last;

    DialogueHarness(DialogueEngine engine, Understander understander) {
        this(engine, understander, DialogueState.initial());
    }

    DialogueHarness(DialogueEngine engine, Understander understander, DialogueState state) {
        this.engine = engine;
        this.understander = understander;
        this.state = state;
    }

    DialogueHarness english() {
        locale = Locale.ENGLISH;
        return this;
    }

    DialogueHarness at(Instant instant) {
        at = instant;
        return this;
    }

    DialogueHarness verifiedCustomer(String phone) {
        customer = new CustomerContext("customer-1", phone, Map.of());
        return this;
    }

    DialogueHarness user(String text) {
        return send(text, null);
    }

    DialogueHarness press(String payload) {
        return send(payload, payload);
    }

    private DialogueHarness send(String text, @Nullable String payload) {
        Turn turn = new Turn(text, payload, understander.understand(text), customer, locale, at);
        // Round-trip the state through JSON as the server stores it, so what the engine needs survives storage.
        last = engine.handle(turn, DialogueState.fromJson(state.toJson()));
        state = last.state();
        return this;
    }

    DialogueState state() {
        return state;
    }

    List<BotReply> replies() {
        assertThat(last).as("no turn was sent").isNotNull();
        return last.replies();
    }

    String text() {
        return replies().stream().map(BotReply::text).collect(Collectors.joining("\n"));
    }

    DialogueHarness expectReply(String fragment) {
        assertThat(text()).contains(fragment);
        return this;
    }

    DialogueHarness expectNoReplyContaining(String fragment) {
        assertThat(text()).doesNotContain(fragment);
        return this;
    }

    DialogueHarness expectSource(ReplySource source) {
        assertThat(replies()).isNotEmpty();
        assertThat(replies().getLast().meta().source()).as("source of: " + text()).isEqualTo(source);
        return this;
    }

    DialogueHarness expectAsk(String slot) {
        assertThat(state.awaitingSlot()).as("awaited slot after: " + text()).isEqualTo(slot);
        return this;
    }

    DialogueHarness expectSlot(String slot, String value) {
        assertThat(state.slots()).containsEntry(slot, value);
        return this;
    }

    DialogueHarness expectNoFlow() {
        assertThat(state.activeFlow()).as("active flow after: " + text()).isNull();
        return this;
    }

    DialogueHarness expectHandoff(String reason) {
        assertThat(last.handoff()).as("handoff after: " + text()).isNotNull();
        assertThat(last.handoff().reason()).isEqualTo(reason);
        return this;
    }

    DialogueHarness expectNoHandoff() {
        assertThat(last.handoff()).as("handoff after: " + text()).isNull();
        return this;
    }

    DialogueHarness expectButton(String title) {
        assertThat(replies().stream().flatMap(r -> r.quickReplies().stream()).map(q -> q.title()))
                .as("buttons after: " + text()).contains(title);
        return this;
    }

    TurnResult lastResult() {
        return last;
    }
}
