package org.kefu.dialogue.definition;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code bot.yml}. */
final class BotFileReader {

    static final Set<String> HANDOFF_REASONS = Set.of("requested", "complaint", "anger", "fraud", "not_understood",
            "connector_failure", "verification_locked");
    private static final Pattern ID = Pattern.compile("[a-z0-9_-]+");

    private final Fields f;

    BotFileReader(Fields fields) {
        this.f = fields;
    }

    @Nullable BotConfig read(@Nullable YamlNode root, Set<String> responses, Set<String> connectors) {
        YamlNode.Mapping map = f.mapping(root, "the file");
        if (map == null) {
            f.problem(0, "bot.yml is empty: it needs at least id, name and handoff.defaultTeam");
            return null;
        }
        f.allowOnly(map, "bot.yml", Set.of("id", "name", "defaultLocale", "welcome", "serviceHours", "thresholds",
                "dialogue", "handoff", "verification"));
        String id = f.string(map, "id", "bot.yml", true);
        if (id != null && !ID.matcher(id).matches()) {
            f.problem(f.line(map, "id"), "id must match [a-z0-9_-]+: " + id);
        }
        LocalizedText name = f.text(map, "name", "bot.yml", true);
        Locale locale = locale(map);
        String welcome = f.string(map, "welcome", "bot.yml", false);
        if (welcome != null && !responses.contains(welcome)) {
            f.problem(f.line(map, "welcome"), "welcome refers to unknown response '" + welcome + "'");
        }
        ServiceHours hours = serviceHours(map);
        YamlNode.Mapping thresholds = f.mapping(map.entries().get("thresholds"), "thresholds");
        YamlNode.Mapping empty = new YamlNode.Mapping(Map.of(), Map.of(), map.line());
        if (thresholds == null) {
            thresholds = empty;
        }
        f.allowOnly(thresholds, "thresholds", Set.of("faq", "intent", "suggest"));
        YamlNode.Mapping dialogue = f.mapping(map.entries().get("dialogue"), "dialogue");
        if (dialogue == null) {
            dialogue = empty;
        }
        f.allowOnly(dialogue, "dialogue", Set.of("maxReprompts", "maxFallbacks"));
        YamlNode.Mapping handoff = f.mapping(map.entries().get("handoff"), "handoff");
        if (handoff == null) {
            f.problem(map.line(), "bot.yml is missing required 'handoff' (with defaultTeam)");
            handoff = empty;
        }
        f.allowOnly(handoff, "handoff", Set.of("defaultTeam", "teams", "phrases"));
        String team = f.string(handoff, "defaultTeam", "handoff", true);
        Map<String, String> teams = reasonMap(handoff, "teams");
        Map<String, List<String>> phrases = phrases(handoff);
        BotConfig.Verification verification = verification(map, connectors);
        if (id == null || name == null || team == null) {
            return null;
        }
        return new BotConfig(id, name, locale, welcome, hours,
                f.number(thresholds, "faq", "thresholds", 0.5, 0, 1),
                f.number(thresholds, "intent", "thresholds", 0.5, 0, 1),
                f.number(thresholds, "suggest", "thresholds", 0.15, 0, 1),
                f.integer(dialogue, "maxReprompts", "dialogue", 2, 0, 10),
                f.integer(dialogue, "maxFallbacks", "dialogue", 2, 1, 10),
                team, teams, phrases, verification);
    }

    private Locale locale(YamlNode.Mapping map) {
        String value = f.string(map, "defaultLocale", "bot.yml", false);
        if (value == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return switch (value) {
            case "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en", "en-US", "en-GB" -> Locale.ENGLISH;
            default -> {
                f.problem(f.line(map, "defaultLocale"), "defaultLocale must be zh-CN or en: " + value);
                yield Locale.SIMPLIFIED_CHINESE;
            }
        };
    }

    private ServiceHours serviceHours(YamlNode.Mapping map) {
        YamlNode.Mapping m = f.mapping(map.entries().get("serviceHours"), "serviceHours");
        if (m == null) {
            return ServiceHours.always();
        }
        f.allowOnly(m, "serviceHours", Set.of("zone", "open", "close", "days"));
        ZoneId zone = ZoneId.of("UTC");
        String zoneText = f.string(m, "zone", "serviceHours", true);
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (RuntimeException e) {
                f.problem(f.line(m, "zone"), "serviceHours.zone is not a time zone: " + zoneText);
            }
        }
        LocalTime open = time(m, "open");
        LocalTime close = time(m, "close");
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        if (m.entries().containsKey("days")) {
            days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : f.strings(m, "days", "serviceHours")) {
                try {
                    days.add(dayOf(day));
                } catch (IllegalArgumentException e) {
                    f.problem(f.line(m, "days"), "serviceHours.days has an unknown day '" + day + "' (use MON…SUN)");
                }
            }
        }
        return new ServiceHours(zone, open, close, days);
    }

    private static DayOfWeek dayOf(String day) {
        String upper = day.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(upper) || d.name().startsWith(upper) && upper.length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException(day);
    }

    private LocalTime time(YamlNode.Mapping m, String key) {
        String value = f.string(m, key, "serviceHours", true);
        if (value == null) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            f.problem(f.line(m, key), "serviceHours." + key + " must be a time like \"09:00\": " + value);
            return LocalTime.MIDNIGHT;
        }
    }

    private Map<String, String> reasonMap(YamlNode.Mapping handoff, String key) {
        Map<String, String> out = new HashMap<>();
        YamlNode.Mapping m = f.mapping(handoff.entries().get(key), "handoff." + key);
        if (m == null) {
            return out;
        }
        f.allowOnly(m, "handoff." + key, HANDOFF_REASONS);
        for (String reason : m.entries().keySet()) {
            String team = f.string(m, reason, "handoff." + key, true);
            if (team != null && HANDOFF_REASONS.contains(reason)) {
                out.put(reason, team);
            }
        }
        return out;
    }

    private Map<String, List<String>> phrases(YamlNode.Mapping handoff) {
        Map<String, List<String>> out = new HashMap<>();
        YamlNode.Mapping m = f.mapping(handoff.entries().get("phrases"), "handoff.phrases");
        if (m == null) {
            return out;
        }
        f.allowOnly(m, "handoff.phrases", Set.of("requested", "complaint", "anger", "fraud"));
        for (String reason : m.entries().keySet()) {
            out.put(reason, f.strings(m, reason, "handoff.phrases"));
        }
        return out;
    }

    private BotConfig.@Nullable Verification verification(YamlNode.Mapping map, Set<String> connectors) {
        YamlNode.Mapping m = f.mapping(map.entries().get("verification"), "verification");
        if (m == null) {
            return null;
        }
        f.allowOnly(m, "verification", Set.of("sendCode", "checkCode", "maxAttempts"));
        String send = f.string(m, "sendCode", "verification", false);
        String check = f.string(m, "checkCode", "verification", true);
        for (String key : List.of("sendCode", "checkCode")) {
            String ref = key.equals("sendCode") ? send : check;
            if (ref != null && !ref.startsWith("custom:") && !connectors.contains(ref)) {
                f.problem(f.line(m, key), "verification." + key + " refers to unknown connector '" + ref
                        + "' (use a connector id or custom:<name>)");
            }
        }
        int attempts = f.integer(m, "maxAttempts", "verification", 3, 1, 10);
        return check == null ? null : new BotConfig.Verification(send, check, attempts);
    }
}
