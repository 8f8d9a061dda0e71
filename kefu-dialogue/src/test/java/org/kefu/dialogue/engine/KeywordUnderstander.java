package org.kefu.dialogue.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Language;
import org.kefu.nlu.Understander;
import org.kefu.nlu.Understanding;

/**
 * A predictable understander for engine tests: a message containing a keyword gets that keyword's intent
 * or FAQ with the given confidence. No entities, so the engine's own value recognition is exercised.
 */
final class KeywordUnderstander implements Understander {

    private final Map<String, IntentScore> intents = new LinkedHashMap<>();
    private final Map<String, FaqHit> faqs = new LinkedHashMap<>();

    KeywordUnderstander intent(String keyword, String intent, double confidence) {
        intents.put(keyword.toLowerCase(Locale.ROOT), new IntentScore(intent, confidence));
        return this;
    }

    KeywordUnderstander faq(String keyword, String faqId, double confidence) {
        faqs.put(keyword.toLowerCase(Locale.ROOT), new FaqHit(faqId, keyword, confidence));
        return this;
    }

    /** The keywords the mini test bot is understood by. */
    static KeywordUnderstander forMiniBot() {
        return new KeywordUnderstander()
                .intent("快递", "order_status", 0.9).intent("查订单", "order_status", 0.92)
                .intent("where is my order", "order_status", 0.9)
                .intent("什么时候到", "order_eta", 0.88).intent("when will it arrive", "order_eta", 0.88)
                .intent("退货", "return_goods", 0.85).intent("return an item", "return_goods", 0.85)
                .intent("余额", "balance", 0.9).intent("balance", "balance", 0.9)
                .intent("你好", "greeting", 0.95)
                .intent("另外一个", "other_one", 0.8)
                .faq("运费", "shipping_fee", 0.93).faq("shipping", "shipping_fee", 0.9)
                .faq("七天无理由", "returns_policy", 0.9);
    }

    @Override
    public Understanding understand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<IntentScore> foundIntents = new ArrayList<>();
        intents.forEach((k, v) -> {
            if (lower.contains(k)) {
                foundIntents.add(v);
            }
        });
        List<FaqHit> foundFaqs = new ArrayList<>();
        faqs.forEach((k, v) -> {
            if (lower.contains(k)) {
                foundFaqs.add(v);
            }
        });
        foundIntents.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        foundFaqs.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        Language language = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Language.ZH : Language.EN;
        return new Understanding(text, lower, language, List.of(), List.of(), foundIntents, foundFaqs, false);
    }
}
