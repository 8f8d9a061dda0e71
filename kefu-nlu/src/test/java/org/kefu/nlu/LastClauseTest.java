package org.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LastClauseTest {

    @Test
    void takesTheLastOfSeveralClausesInBothScripts() {
        assertThat(LastClause.of("hi there, I bought a phone last week and it's not what I expected, how do I return it"))
                .hasValue("how do I return it");
        assertThat(LastClause.of("你好，我想问一下，我上周买的那件外套不想要了。请问要怎么申请退货呀？"))
                .hasValue("请问要怎么申请退货呀");
        assertThat(LastClause.of("my order is late!!! where is it")).hasValue("where is it");
    }

    @Test
    void aSingleClauseOrAShortSignOffGivesNothing() {
        assertThat(LastClause.of("how do I return it?")).isEmpty();
        assertThat(LastClause.of("我的快递到哪了")).isEmpty();
        assertThat(LastClause.of("我的快递三天没动了，谢谢")).isEmpty();
        assertThat(LastClause.of("where is my order, thx")).isEmpty();
        assertThat(LastClause.of("")).isEmpty();
        assertThat(LastClause.of("，，，。。。")).isEmpty();
    }

    @Test
    void aLastClauseThatIsMostOfTheMessageGivesNothing() {
        assertThat(LastClause.of("Hi, I can't find where to change my delivery address in the app")).isEmpty();
        assertThat(LastClause.of("亲，我上周买的外套怎么还没有发货呀")).isEmpty();
        assertThat(LastClause.of("hello, where is the parcel I ordered last week")).isEmpty();
        assertThat(LastClause.of("my parcel from last week is late, where is it")).hasValue("where is it");
    }

    @Test
    void aLastClauseOfAboutHalfTheMessageIsStillJudgedAlone() {
        assertThat(LastClause.of("my order is only 80 yuan, do I have to pay for shipping?"))
                .hasValue("do I have to pay for shipping");
        assertThat(LastClause.of("衣服尺码偏小，能不能换大一号的")).hasValue("能不能换大一号的");
    }

    @Test
    void aDecimalPointIsNoClauseEnd() {
        assertThat(LastClause.of("I paid 1.5k for it")).isEmpty();
        assertThat(LastClause.of("these shoes cost 299.99 last week. can I get a refund"))
                .hasValue("can I get a refund");
    }
}
