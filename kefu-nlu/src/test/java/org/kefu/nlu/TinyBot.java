package org.kefu.nlu;

import java.util.ArrayList;
import java.util.List;

/** A small bilingual bot for tests: a few intents with a handful of examples, FAQs and entities. */
final class TinyBot {

    private TinyBot() {}

    static TrainingData data() {
        List<TrainingData.LabeledText> examples = new ArrayList<>();
        add(examples, "refund", "我要退货", "怎么申请退款", "这个东西我不想要了，能退吗", "退钱给我",
                "I want a refund", "how do I return this item", "can I get my money back");
        add(examples, "track_order", "我的快递到哪了", "订单什么时候发货", "查一下物流", "包裹还没到",
                "where is my parcel", "track my order", "when will my order arrive");
        add(examples, "human", "转人工", "我要找客服", "人工服务", "找个真人跟我说",
                "talk to a human", "connect me to an agent", "I need a real person");
        add(examples, "greeting", "你好", "在吗", "早上好", "哈喽", "hello", "hi there", "good morning");
        return new TrainingData(examples,
                List.of(new TrainingData.FaqEntry("shipping_fee", List.of("运费多少", "包邮吗", "how much is shipping")),
                        new TrainingData.FaqEntry("opening_hours", List.of("客服几点上班", "你们几点下班", "what are your opening hours")),
                        new TrainingData.FaqEntry("invoice", List.of("怎么开发票", "能开专票吗", "how do I get an invoice"))),
                List.of(new TrainingData.DictionaryEntry("product", "iphone", List.of("苹果手机", "iphone"))),
                List.of(new TrainingData.EntityPattern(Entity.ORDER_NUMBER, "DD\\d{8}")));
    }

    private static void add(List<TrainingData.LabeledText> out, String label, String... texts) {
        for (String text : texts) {
            out.add(new TrainingData.LabeledText(text, label));
        }
    }
}
