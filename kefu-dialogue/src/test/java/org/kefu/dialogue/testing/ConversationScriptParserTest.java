package org.kefu.dialogue.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.testing.ConversationScript.Expect;

final class ConversationScriptParserTest {

    @Test
    void parsesConversationsWithDirectivesTurnsAndExpectations() {
        var scripts = ConversationScriptParser.parse("a.conv", """
                // comment
                # 查询订单
                > 我的快递怎么还没到
                < 订单号
                = source flow

                # English at night
                @locale en
                @verified 13800138000
                @time 2026-11-24T23:30:00+08:00
                >> /handoff
                <~ leave (a|us a) message
                <! Exception
                = status queued
                = handoff requested
                = slot orderId=1
                = button Leave a message
                = intent x
                """);
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).title()).isEqualTo("查询订单");
        assertThat(scripts.get(0).steps()).hasSize(3);
        assertThat(scripts.get(0).options().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        ConversationScript night = scripts.get(1);
        assertThat(night.options()).isEqualTo(new SessionOptions(Locale.ENGLISH, "13800138000",
                Instant.parse("2026-11-24T15:30:00Z")));
        assertThat(night.steps().getFirst()).isEqualTo(new ConversationScript.Press("/handoff", 11));
        assertThat(night.steps()).filteredOn(s -> s instanceof Expect).extracting(s -> ((Expect) s).kind())
                .containsExactly(Expect.Kind.MATCHES, Expect.Kind.NOT_CONTAINS, Expect.Kind.STATUS, Expect.Kind.HANDOFF,
                        Expect.Kind.SLOT, Expect.Kind.BUTTON, Expect.Kind.INTENT);
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        assertThatThrownBy(() -> ConversationScriptParser.parse("bad.conv", """
                > before any title
                # t
                < expectation before a message
                > hi
                = source robot
                = colour blue
                <~ ([unclosed
                ? what
                > 
                @time tomorrow
                # empty
                """))
                .isInstanceOfSatisfying(ScriptParseException.class, e -> assertThat(e.problems()).containsExactly(
                        "bad.conv:1: expected '# title' to start a conversation before this line",
                        "bad.conv:3: an expectation needs a customer message ('>' or '>>') before it",
                        "bad.conv:5: unknown source 'robot' (known: faq, flow, llm, smalltalk, fallback, handoff)",
                        "bad.conv:6: unknown expectation '= colour' (known: source, intent, status, handoff, slot, button)",
                        "bad.conv:7: invalid regular expression: Unclosed character class",
                        "bad.conv:8: unknown line; lines start with #, >, >>, <, <~, <!, =, @ or //",
                        "bad.conv:9: '>' needs the customer's message",
                        "bad.conv:10: directives (@...) must come before the conversation's first message",
                        "bad.conv:11: conversation 'empty' has no messages"));
    }
}
