package org.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class DialogueStateTest {

    @Test
    void survivesAJsonRoundTrip() {
        DialogueState state = DialogueState.initial().withFlow("order_status", "orderId").withSlot("orderId", "20241101001")
                .withContext("lastFlow", "order_status").withRepromptCount(2).withFallbackCount(1).withLastIntent("order_status");
        assertThat(DialogueState.fromJson(state.toJson())).isEqualTo(state);
    }

    @Test
    void readsStateStoredWithFewerFields() {
        DialogueState state = DialogueState.fromJson("{\"activeFlow\":\"order_status\",\"addedLater\":1}");
        assertThat(state.activeFlow()).isEqualTo("order_status");
        assertThat(state.slots()).isEmpty();
        assertThat(state.context()).isEmpty();
    }

    @Test
    void rejectsJsonThatIsNoState() {
        assertThatThrownBy(() -> DialogueState.fromJson("[1,2"))
                .isInstanceOf(DialogueException.class).hasMessage("stored dialogue state is unreadable");
    }

    @Test
    void withContextNullRemovesTheKey() {
        assertThat(DialogueState.initial().withContext("a", "1").withContext("a", null).context()).isEmpty();
    }
}
