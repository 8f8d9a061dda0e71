package org.kefu.server.widget;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Picks the language of a server-rendered page: {@code ?lang=zh|en} wins, then {@code Accept-Language},
 * then Simplified Chinese. Only the two languages Kefu ships texts for are ever returned.
 *
 * <p>Stateless on purpose (no cookie, no session): the same URL always renders the same language, which keeps
 * shared links and tests predictable.
 */
public final class PageLocaleResolver implements LocaleResolver {

    /** The query parameter that overrides the browser's language. */
    public static final String PARAMETER = "lang";

    private final AcceptHeaderLocaleResolver fromHeader = new AcceptHeaderLocaleResolver();

    /** Creates the resolver for the shipped languages, zh-CN first. */
    public PageLocaleResolver() {
        fromHeader.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        fromHeader.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale asked = supported(request.getParameter(PARAMETER));
        if (asked != null) {
            return asked;
        }
        Locale header = fromHeader.resolveLocale(request);
        return "en".equals(header.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Pages choose their language per request; there is nothing to remember. */
    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The page language is chosen per request with ?" + PARAMETER + "=zh|en");
    }

    /** The supported locale a {@code lang} value names, or null when absent or not one we ship. */
    static @Nullable Locale supported(@Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(lang.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
