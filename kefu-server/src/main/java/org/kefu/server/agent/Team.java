package org.kefu.server.agent;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * A group of agents answering for some skills.
 *
 * @param id stable id, e.g. {@code shop}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param skills the skills it answers for, e.g. {@code shop-orders}
 */
public record Team(String id, String nameZh, String nameEn, Set<String> skills) {
    public Team {
        requireNonNull(id, "id");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        skills = Set.copyOf(skills);
    }

    /** The name in the given locale (Chinese for any {@code zh} locale, English otherwise). */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
