package org.kefu.dialogue.definition;

import java.util.List;
import java.util.Locale;

/**
 * Texts in Chinese and English: examples, paraphrases or response variants.
 *
 * @param zh the Chinese texts
 * @param en the English texts
 */
public record LocalizedList(List<String> zh, List<String> en) {
    public LocalizedList {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    /** The texts for a conversation locale. */
    public List<String> in(Locale locale) {
        return LocalizedText.isChinese(locale) ? zh : en;
    }

    /** Both languages, Chinese first. */
    public List<String> all() {
        return java.util.stream.Stream.concat(zh.stream(), en.stream()).toList();
    }
}
