package org.kefu.nlu.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class TokenWindowTest {

    /** {@code [CLS]} 101, tokens 1..n, {@code [SEP]} 102. */
    private static long[] sentence(int tokens) {
        return LongStream.concat(LongStream.concat(LongStream.of(101), LongStream.rangeClosed(1, tokens)),
                LongStream.of(102)).toArray();
    }

    @Test
    void aMessageThatFitsIsReadWhole() {
        TokenWindow window = new TokenWindow(16);
        long[] ids = sentence(14);
        assertThat(window.apply(ids)).isSameAs(ids);
    }

    @Test
    void aLongMessageKeepsItsOpeningAndItsEnd() {
        TokenWindow window = new TokenWindow(16);
        assertThat(window.apply(sentence(15)))
                .containsExactly(101, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 102);
        assertThat(window.apply(sentence(100)))
                .containsExactly(101, 1, 2, 3, 4, 5, 6, 7, 8, 95, 96, 97, 98, 99, 100, 102);
    }

    @Test
    void aWindowWithoutRoomForATailIsRefused() {
        assertThatThrownBy(() -> new TokenWindow(TokenWindow.HEAD + 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TokenWindow(TokenWindow.HEAD + 3).apply(sentence(50)))
                .endsWith(50, 102)
                .hasSize(TokenWindow.HEAD + 3);
    }

    @Test
    void everyTokenIsAttended() {
        assertThat(TokenWindow.attendToAll(3)).containsExactly(1, 1, 1);
    }
}
