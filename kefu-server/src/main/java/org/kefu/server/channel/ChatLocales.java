package org.kefu.server.channel;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The conversation languages: {@code zh-CN} and {@code en}. */
final class ChatLocales {

    static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    static final Locale EN = Locale.ENGLISH;

    private ChatLocales() {}

    /**
     * Reads a requested locale; any Chinese variant becomes {@code zh-CN}, any English one {@code en}, none
     * {@code zh-CN}.
     *
     * @throws ChannelException {@code unsupported_locale} for other languages
     */
    static Locale parse(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return ZH_CN;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> ZH_CN;
            case "en" -> EN;
            default -> throw new ChannelException(HttpStatus.BAD_REQUEST, "unsupported_locale", tag);
        };
    }
}
