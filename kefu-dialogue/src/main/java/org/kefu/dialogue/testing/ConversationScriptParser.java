package org.kefu.dialogue.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.testing.ConversationScript.Expect;

/**
 * Parses test conversation files (format: {@code docs/test-conversations.md}). All problems of a file are
 * collected and thrown together, each naming its line.
 */
public final class ConversationScriptParser {

    private static final Set<String> SOURCES = Set.of("faq", "flow", "llm", "smalltalk", "fallback", "handoff");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final List<ConversationScript> scripts = new ArrayList<>();
    private @Nullable String title;
    private int titleLine;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private @Nullable String verified;
    private @Nullable Instant at;
    private List<ConversationScript.Step> steps = new ArrayList<>();

    private ConversationScriptParser(String file) {
        this.file = file;
    }

    /**
     * Parses one file's text.
     *
     * @param file the file name used in messages
     * @param text the file's content
     * @return its conversations, in order
     * @throws ScriptParseException listing every problem with its line
     */
    public static List<ConversationScript> parse(String file, String text) {
        ConversationScriptParser parser = new ConversationScriptParser(file);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i].strip(), i + 1);
        }
        parser.finish();
        if (!parser.problems.isEmpty()) {
            throw new ScriptParseException(parser.problems);
        }
        return List.copyOf(parser.scripts);
    }

    private void line(String line, int n) {
        if (line.isEmpty() || line.startsWith("//")) {
            return;
        }
        if (line.startsWith("#")) {
            finish();
            title = line.substring(1).strip();
            titleLine = n;
            if (title.isEmpty()) {
                problem(n, "a conversation title must not be empty");
            }
            return;
        }
        if (title == null) {
            problem(n, "expected '# title' to start a conversation before this line");
            return;
        }
        if (line.startsWith("@")) {
            directive(line, n);
        } else if (line.startsWith(">>")) {
            String payload = line.substring(2).strip();
            if (payload.isEmpty()) {
                problem(n, "'>>' needs a payload, e.g. >> /faq shipping_fee");
            }
            steps.add(new ConversationScript.Press(payload, n));
        } else if (line.startsWith(">")) {
            String text = line.substring(1).strip();
            if (text.isEmpty()) {
                problem(n, "'>' needs the customer's message");
            }
            steps.add(new ConversationScript.Say(text, n));
        } else if (line.startsWith("<") || line.startsWith("=")) {
            expectation(line, n);
        } else {
            problem(n, "unknown line; lines start with #, >, >>, <, <~, <!, =, @ or //");
        }
    }

    private void directive(String line, int n) {
        if (steps.stream().anyMatch(s -> !(s instanceof Expect))) {
            problem(n, "directives (@...) must come before the conversation's first message");
            return;
        }
        String[] parts = line.substring(1).split("\\s+", 2);
        String value = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case "locale" -> locale = value.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(value);
            case "verified" -> verified = value.isEmpty() ? null : value;
            case "time" -> {
                try {
                    at = OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException e) {
                    problem(n, "@time needs an ISO time with offset, e.g. 2026-11-24T23:30:00+08:00: " + value);
                }
            }
            default -> problem(n, "unknown directive @" + parts[0] + " (known: @locale, @verified, @time)");
        }
    }

    private void expectation(String line, int n) {
        if (steps.stream().noneMatch(s -> !(s instanceof Expect))) {
            problem(n, "an expectation needs a customer message ('>' or '>>') before it");
            return;
        }
        if (line.startsWith("<~")) {
            String regex = line.substring(2).strip();
            try {
                steps.add(new Expect(Expect.Kind.MATCHES, regex, Pattern.compile(regex), n));
            } catch (PatternSyntaxException e) {
                problem(n, "invalid regular expression: " + e.getDescription());
            }
        } else if (line.startsWith("<!")) {
            add(Expect.Kind.NOT_CONTAINS, line.substring(2).strip(), n);
        } else if (line.startsWith("<")) {
            add(Expect.Kind.CONTAINS, line.substring(1).strip(), n);
        } else {
            meta(line.substring(1).strip(), n);
        }
    }

    private void meta(String text, int n) {
        String[] parts = text.split("\\s+", 2);
        String value = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case "source" -> {
                if (!SOURCES.contains(value)) {
                    problem(n, "unknown source '" + value + "' (known: faq, flow, llm, smalltalk, fallback, handoff)");
                } else {
                    add(Expect.Kind.SOURCE, value, n);
                }
            }
            case "intent" -> add(Expect.Kind.INTENT, value, n);
            case "status" -> add(Expect.Kind.STATUS, value, n);
            case "handoff" -> add(Expect.Kind.HANDOFF, value, n);
            case "button" -> add(Expect.Kind.BUTTON, value, n);
            case "slot" -> {
                if (!value.contains("=")) {
                    problem(n, "'= slot' needs name=value, e.g. = slot orderId=20241101001");
                } else {
                    add(Expect.Kind.SLOT, value, n);
                }
            }
            default -> problem(n, "unknown expectation '= " + parts[0]
                    + "' (known: source, intent, status, handoff, slot, button)");
        }
    }

    private void add(Expect.Kind kind, String value, int n) {
        if (value.isEmpty()) {
            problem(n, "the expectation has no value");
            return;
        }
        steps.add(new Expect(kind, value, null, n));
    }

    private void finish() {
        if (title != null) {
            if (steps.isEmpty()) {
                problem(titleLine, "conversation '" + title + "' has no messages");
            } else {
                scripts.add(new ConversationScript(file, title, titleLine, new SessionOptions(locale, verified, at), steps));
            }
        }
        title = null;
        locale = Locale.SIMPLIFIED_CHINESE;
        verified = null;
        at = null;
        steps = new ArrayList<>();
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }
}
