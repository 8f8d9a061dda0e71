package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

/**
 * A short text in Chinese and English, as the demo systems return it.
 *
 * @param zh the simplified Chinese text
 * @param en the English text
 */
record LocalizedText(String zh, String en) {
    LocalizedText {
        requireNonNull(zh, "zh");
        requireNonNull(en, "en");
    }

    /** The text for a language tag such as {@code zh}, {@code zh-CN} or {@code en}; Chinese unless English. */
    String in(String lang) {
        return lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? en : zh;
    }
}
