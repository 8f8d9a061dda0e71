package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A customer-facing text in Chinese and English.
 *
 * @param zh the simplified Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        requireNonNull(zh, "zh");
        requireNonNull(en, "en");
    }

    /** The text for a conversation locale: Chinese for {@code zh*}, English otherwise. */
    public String in(Locale locale) {
        return isChinese(locale) ? zh : en;
    }

    /** True for {@code zh}, {@code zh-CN} and other Chinese locales. */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
