package org.kefu.dialogue.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;

final class BotEngineTest {

    private FakeShopSystem shop;
    private BotEngine engine;
    private DialogueHarness bot;

    @BeforeEach
    void start() throws IOException {
        shop = new FakeShopSystem();
        BotDefinition definition = BotDefinitionLoader.load(Path.of("src/test/resources/bots/mini"));
        engine = BotEngine.builder().definition(definition)
                .clock(Clock.fixed(DialogueHarness.DAYTIME, ZoneOffset.UTC))
                .settings(shop.settings()).build();
        bot = new DialogueHarness(engine, KeywordUnderstander.forMiniBot());
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void answersAnFaqWithItsAnswerAndButtons() {
        bot.user("运费怎么算").expectSource(ReplySource.FAQ).expectReply("满 99 元包邮").expectButton("查订单");
        assertThat(bot.replies().getFirst().meta().intent()).isEqualTo("shipping_fee");
        assertThat(bot.replies().getFirst().meta().confidence()).isEqualTo(0.93);
    }

    @Test
    void answersInEnglishForAnEnglishConversation() {
        bot.english().user("is shipping free?").expectSource(ReplySource.FAQ).expectReply("ship free");
    }

    @Test
    void showsFaqLinksAsCards() {
        bot.user("七天无理由退吗");
        assertThat(bot.replies().getFirst().cards()).singleElement()
                .satisfies(c -> assertThat(c.url()).isEqualTo("https://example.com/returns"));
    }

    @Test
    void asksForOrderNumberWhenMessageHasNone() {
        bot.user("我的快递怎么还没到").expectAsk("orderId").expectSource(ReplySource.FLOW).expectReply("订单号");
        bot.user("20241101002").expectReply("待发货").expectNoFlow().expectSlot("orderId", "20241101002");
    }

    @Test
    void takesTheOrderNumberFromTheFirstMessage() {
        bot.user("查订单20241101001").expectReply("顺丰速运").expectReply("2026-11-26").expectNoFlow();
        assertThat(bot.replies()).hasSize(1);
    }

    @Test
    void carriesTheOrderOverToAFollowUpQuestion() {
        bot.user("查订单20241101001").expectReply("顺丰速运");
        bot.user("那什么时候到?").expectReply("预计 2026-11-26 送达").expectSource(ReplySource.FLOW);
        assertThat(shop.orderCalls).hasValue(2);
    }

    @Test
    void answersTheOtherOrderWhenAskedAboutTheOtherOne() {
        bot.user("查订单20241101001").expectReply("顺丰");
        bot.user("查订单20241101002").expectReply("待发货");
        bot.user("那另外一个呢?").expectReply("20241101001").expectReply("顺丰");
    }

    @Test
    void answersTheOtherOrderOfAListTheBotShowed() {
        DialogueState shown = DialogueState.initial()
                .withSlot("orderId", "20241101001")
                .withSlot("orders", "20241101001, 20241101002")
                .withContext("lastFlow", "order_status");
        DialogueHarness resumed = new DialogueHarness(engine, KeywordUnderstander.forMiniBot(), shown);
        resumed.user("那另外一个呢").expectReply("20241101002").expectReply("待发货");
    }

    @Test
    void rerunsTheLastFlowForABareNewValue() {
        bot.user("查订单20241101001").expectReply("顺丰");
        bot.user("20241101002呢").expectReply("待发货").expectSource(ReplySource.FLOW);
    }

    @Test
    void repromptsGarbageSlotValuesThenOffersAHumanWithTheFlowIntact() {
        bot.user("查订单").expectAsk("orderId");
        bot.user("asdf!!").expectNoHandoff();
        // "asdf!!" is two exclamation marks: not shouting, so it is a bad order number.
        bot.expectReply("好像不对").expectAsk("orderId");
        bot.user("12345").expectReply("好像不对").expectAsk("orderId");
        bot.user("我也不知道").expectButton("转人工").expectAsk("orderId").expectNoHandoff();
        assertThat(bot.state().activeFlow()).isEqualTo("order_status");
        bot.user("20241101001").expectReply("顺丰").expectNoFlow();
    }

    @Test
    void answersAnFaqAskedMidFlowThenRepeatsThePrompt() {
        bot.user("查订单").expectAsk("orderId");
        bot.user("对了运费多少钱?").expectAsk("orderId");
        assertThat(bot.replies()).hasSize(2);
        assertThat(bot.replies().get(0).meta().source()).isEqualTo(ReplySource.FAQ);
        assertThat(bot.replies().get(1).text()).contains("我们继续").contains("订单号");
        bot.user("20241101002").expectReply("待发货");
    }

    @Test
    void cancelsAFlowWhenTheCustomerChangesTheirMind() {
        bot.user("我要退货").expectAsk("orderId");
        bot.user("算了").expectReply("已取消").expectNoFlow().expectSource(ReplySource.FLOW);
        bot.english().user("I want to return an item").expectAsk("orderId");
        bot.user("never mind").expectReply("cancelled").expectNoFlow();
    }

    @Test
    void runsTheReturnFlowWithReasonAndConfirmation() {
        bot.user("我要退货").expectAsk("orderId");
        bot.user("20241101003").expectAsk("reason").expectButton("质量问题");
        bot.press("/value quality").expectAsk("_confirm").expectReply("确认为订单 20241101003").expectButton("是");
        bot.user("好的").expectReply("R20241101001").expectNoFlow();
    }

    @Test
    void takesACorrectedValueDuringConfirmationAndAsksAgain() {
        bot.user("我要退货20241101003").expectAsk("reason");
        bot.press("/value quality").expectAsk("_confirm").expectReply("20241101003");
        bot.user("不对，订单号是20241101002").expectAsk("_confirm").expectReply("确认为订单 20241101002")
                .expectSlot("orderId", "20241101002");
        bot.english().user("yes").expectReply("R20241101001").expectNoFlow();
    }

    @Test
    void doesNotRunTheCallWhenConfirmationIsDeclined() {
        bot.user("我要退货20241101003").expectAsk("reason");
        bot.user("尺码不合适").expectAsk("_confirm").expectReply("尺码不合适");
        bot.user("maybe").expectReply("请回复").expectAsk("_confirm");
        bot.user("不是").expectReply("已取消").expectNoFlow();
    }

    @Test
    void switchesFlowsWhenAnotherFlowIsAskedForMidFlow() {
        bot.user("我要退货").expectAsk("orderId");
        bot.user("查余额").expectAsk("_phone");
        assertThat(bot.state().activeFlow()).isEqualTo("balance");
    }

    @Test
    void verifiesIdentityWithAOneTimeCodeBeforeShowingTheBalance() {
        bot.user("查余额").expectAsk("_phone").expectReply("验证身份").expectNoReplyContaining("12345.67");
        bot.user("13800138000").expectAsk("_code").expectReply("**** 8000");
        bot.user("123456").expectReply("身份验证成功").expectReply("**** 6789").expectReply("12345.67").expectNoFlow();
        assertThat(bot.state().slots()).doesNotContainKey("code");
        bot.user("我卡里余额还有多少").expectReply("12345.67");
    }

    @Test
    void reasksThePhoneNumberWhenNoCodeCanBeSentToIt() {
        bot.user("查余额").expectAsk("_phone");
        bot.user("13900000000").expectAsk("_phone").expectReply("没能向这个手机号发送验证码");
        bot.user("你好呀我的手机").expectReply("手机号格式不对").expectAsk("_phone");
        bot.user("13800138000").expectAsk("_code");
    }

    @Test
    void skipsVerificationForACustomerTheHostSiteVerified() {
        bot.verifiedCustomer("13800138000").user("查余额").expectReply("12345.67").expectSource(ReplySource.FLOW);
    }

    @Test
    void locksVerificationAfterThreeWrongCodesAndHandsOff() {
        bot.user("查余额").expectAsk("_phone");
        bot.user("13800138000").expectAsk("_code");
        bot.user("111111").expectReply("还可以尝试 2 次").expectNoHandoff();
        bot.user("222222").expectReply("还可以尝试 1 次");
        bot.user("333333").expectHandoff("verification_locked").expectReply("已暂停验证").expectNoFlow();
        bot.user("查余额").expectHandoff("verification_locked");
    }

    @Test
    void masksCardNumbersInEveryReply() {
        bot.user("我的卡号6222020200116789丢了 你好").expectNoReplyContaining("6222020200116789");
        String all = bot.text();
        assertThat(all).doesNotContain("6222020200116789");
    }

    @Test
    void handsOffOnExplicitRequestsComplaintsAngerAndFraud() {
        bot.user("转人工").expectHandoff("requested").expectSource(ReplySource.HANDOFF).expectReply("转接人工客服");
        assertThat(bot.lastResult().handoff().team()).isEqualTo("mini-service");
        assertThat(bot.lastResult().handoff().withinServiceHours()).isTrue();
        bot.english().user("can I talk to a person").expectHandoff("requested").expectReply("human agent");
        bot.user("I want to file a complaint").expectHandoff("complaint");
        assertThat(bot.lastResult().handoff().team()).isEqualTo("mini-complaints");
        bot.user("this is useless!!!").expectHandoff("anger");
        bot.user("someone made a fraud payment with my card").expectHandoff("fraud");
        assertThat(bot.lastResult().handoff().team()).isEqualTo("mini-risk");
        bot.user("找小姐姐").expectHandoff("requested");
    }

    @Test
    void offersToLeaveAMessageOutsideServiceHours() {
        bot.at(DialogueHarness.NIGHT).user("人工客服").expectHandoff("requested").expectReply("09:00–21:00")
                .expectReply("留言").expectButton("留言");
        assertThat(bot.lastResult().handoff().withinServiceHours()).isFalse();
        bot.press("/leave_message").expectReply("留下您的问题").expectSource(ReplySource.HANDOFF);
    }

    @Test
    void fallsBackHonestlyWithGuessesThenHandsOffAfterRepeatedFailures() {
        DialogueHarness unsure = new DialogueHarness(engine, new KeywordUnderstander()
                .intent("包裹", "order_status", 0.3).faq("包裹", "shipping_fee", 0.25));
        unsure.user("我的包裹呢啦啦").expectSource(ReplySource.FALLBACK).expectReply("不太确定")
                .expectButton("运费怎么算？").expectButton("我的快递怎么还没到").expectButton("转人工").expectNoHandoff();
        unsure.user("你好").expectSource(ReplySource.SMALLTALK);
        unsure.user("嗯嗯嗯嗯").expectSource(ReplySource.FALLBACK).expectReply("换个说法").expectNoHandoff();
        unsure.user("啊啊啊啊").expectHandoff("not_understood").expectSource(ReplySource.HANDOFF);
        assertThat(unsure.state().fallbackCount()).isZero();
    }

    @Test
    void answersAGeneralQuestionWithTheFaqUntilAnOrderIsKnown() {
        DialogueHarness both = new DialogueHarness(engine, KeywordUnderstander.forMiniBot()
                .intent("几天能到", "order_eta", 0.97).faq("几天能到", "delivery_time", 0.95));
        both.user("一般几天能到").expectSource(ReplySource.FAQ).expectReply("2–5 天").expectNoFlow();
        both.user("查订单20241101001").expectReply("顺丰");
        both.user("一般几天能到").expectSource(ReplySource.FLOW).expectReply("预计 2026-11-26 送达");
    }

    @Test
    void aFlowRequestWithoutItsOrderGetsThePolicyThatOffersTheFlowOverANeighbouringAnswer() {
        DialogueHarness asked = new DialogueHarness(engine, new KeywordUnderstander()
                .intent("包裹寄出", "order_status", 0.95)
                .faq("包裹", "delivery_time", 0.82).faq("寄出", "shipping_fee", 0.80));
        asked.user("我的包裹寄出了吗").expectSource(ReplySource.FAQ).expectReply("包邮").expectButton("查订单")
                .expectNoFlow();

        DialogueHarness weak = new DialogueHarness(engine, new KeywordUnderstander()
                .intent("包裹寄出", "order_status", 0.95)
                .faq("包裹", "delivery_time", 0.82).faq("寄出", "shipping_fee", 0.30));
        weak.user("我的包裹寄出了吗").expectSource(ReplySource.FAQ).expectReply("2–5 天");
    }

    @Test
    void aRequestFarMoreCertainThanItsNearestFaqStartsTheFlow() {
        DialogueHarness asked = new DialogueHarness(engine, new KeywordUnderstander()
                .intent("包裹寄出", "order_status", 1.0).faq("包裹", "delivery_time", 0.55));
        asked.user("我的包裹寄出了吗").expectAsk("orderId");
    }

    @Test
    void rotatesResponseVariantsStartingWithTheFirst() {
        bot.user("查订单20241101001").expectReply("已由顺丰速运发出");
        bot.user("查订单20241101001").expectReply("已发货（顺丰速运）");
    }

    @Test
    void aQuickReplyPayloadAnswersWithoutUnderstanding() {
        bot.press("/faq shipping_fee").expectSource(ReplySource.FAQ).expectReply("包邮");
        bot.press("/intent order_status").expectAsk("orderId");
    }

    @Test
    void greetsWithTheBotsSmalltalkResponse() {
        bot.user("你好").expectSource(ReplySource.SMALLTALK).expectReply("迷你商城客服");
        bot.user("谢谢").expectSource(ReplySource.SMALLTALK).expectReply("不客气");
    }

    @Test
    void welcomeOffersCommonQuestions() {
        BotReply welcome = engine.welcome(Locale.ENGLISH);
        assertThat(welcome.text()).contains("Mini Shop");
        assertThat(welcome.quickReplies()).extracting(q -> q.payload()).contains("/faq shipping_fee");
    }

    @Test
    void aFailingOrderSystemGivesAnHonestReplyAndKeepsTheConversation() {
        shop.failing = true;
        bot.user("查订单").expectAsk("orderId");
        bot.user("20241101001").expectReply("系统暂时").expectButton("转人工").expectButton("再试一次")
                .expectNoHandoff().expectSlot("orderId", "20241101001").expectSource(ReplySource.FLOW);
        assertThat(shop.orderCalls).hasValue(2);
        assertThat(bot.text()).doesNotContain("Exception").doesNotContain("503");
        shop.failing = false;
        bot.press("/retry").expectReply("顺丰速运");
    }
}
