package org.kefu.server.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.admin.AdminException;

/** Turns a sheet's rows into {@link FaqRow}s: maps the header to columns, then checks every data row. */
final class FaqRowParser {

    private static final Set<String> YES = Set.of("", "是", "启用", "开", "y", "yes", "true", "1", "on", "✓", "√");
    private static final Set<String> NO = Set.of("否", "停用", "禁用", "关", "n", "no", "false", "0", "off", "✗", "×");

    private FaqRowParser() {}

    /**
     * The checked rows of a sheet and the header cells that name no column (they are ignored).
     *
     * @param rows every data row
     * @param ignoredColumns headers of extra columns such as notes
     */
    record ParsedSheet(List<FaqRow> rows, List<String> ignoredColumns) {}

    static ParsedSheet parse(List<List<String>> rows) {
        List<String> ignored = new ArrayList<>();
        Map<FaqColumn, Integer> columns = columns(rows.getFirst(), ignored);
        List<FaqRow> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            FaqRow row = row(i + 1, rows.get(i), columns);
            String key = (row.id() != null ? "id:" + row.id() : "q:" + row.question()) + "|" + row.locale();
            if (row.valid() && !seen.add(key)) {
                List<FaqRow.Problem> problems = List.of(new FaqRow.Problem("duplicate_row", List.of()));
                row = new FaqRow(row.row(), row.id(), row.category(), row.question(), row.paraphrases(), row.answer(),
                        row.locale(), row.enabled(), row.links(), problems);
            }
            parsed.add(row);
        }
        if (parsed.isEmpty()) {
            throw AdminException.badRequest("import_empty");
        }
        return new ParsedSheet(parsed, ignored);
    }

    // extra columns (notes, owners…) are allowed and reported as ignored
    private static Map<FaqColumn, Integer> columns(List<String> header, List<String> unknown) {
        Map<FaqColumn, Integer> columns = new EnumMap<>(FaqColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isBlank()) {
                continue;
            }
            java.util.Optional<FaqColumn> column = FaqColumn.of(h);
            if (column.isEmpty()) {
                unknown.add(h.strip());
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                throw AdminException.badRequest("import_duplicate_column", h.strip());
            }
        }
        List<String> missing = new ArrayList<>();
        for (FaqColumn c : FaqColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                missing.add(c.chineseHeader() + "/" + c.englishHeader());
            }
        }
        if (!missing.isEmpty()) {
            throw AdminException.badRequest("import_missing_columns", String.join(", ", missing),
                    String.join(", ", header.stream().filter(h -> !h.isBlank()).map(String::strip).toList()));
        }
        return columns;
    }

    private static FaqRow row(int number, List<String> cells, Map<FaqColumn, Integer> columns) {
        List<FaqRow.Problem> problems = new ArrayList<>();
        String id = blankToNull(cell(cells, columns, FaqColumn.ID));
        if (id != null && !KnowledgeService.FAQ_ID.matcher(id).matches()) {
            problems.add(problem("bad_id", id));
        }
        String question = cell(cells, columns, FaqColumn.QUESTION).strip();
        if (question.isEmpty()) {
            problems.add(problem("missing_question"));
        } else if (question.length() > KnowledgeService.MAX_TEXT) {
            problems.add(problem("too_long", "question", String.valueOf(KnowledgeService.MAX_TEXT)));
        }
        String answer = cell(cells, columns, FaqColumn.ANSWER).strip();
        if (answer.isEmpty()) {
            problems.add(problem("missing_answer"));
        } else if (answer.length() > KnowledgeService.MAX_ANSWER) {
            problems.add(problem("too_long", "answer", String.valueOf(KnowledgeService.MAX_ANSWER)));
        }
        List<String> paraphrases = KnowledgeTexts.split(cell(cells, columns, FaqColumn.PARAPHRASES));
        if (paraphrases.stream().anyMatch(p -> p.length() > KnowledgeService.MAX_TEXT)) {
            problems.add(problem("too_long", "paraphrases", String.valueOf(KnowledgeService.MAX_TEXT)));
        }
        String locale = locale(cell(cells, columns, FaqColumn.LOCALE));
        if (locale == null) {
            problems.add(problem("bad_locale", cell(cells, columns, FaqColumn.LOCALE).strip()));
            locale = "zh";
        }
        String enabledText = cell(cells, columns, FaqColumn.ENABLED).strip().toLowerCase(Locale.ROOT);
        boolean enabled = !NO.contains(enabledText);
        if (!YES.contains(enabledText) && !NO.contains(enabledText)) {
            problems.add(problem("bad_enabled", enabledText));
        }
        List<ButtonDef> links = null;
        if (columns.containsKey(FaqColumn.LINKS)) {
            links = new ArrayList<>();
            for (String line : KnowledgeTexts.split(cell(cells, columns, FaqColumn.LINKS))) {
                int bar = line.lastIndexOf('|');
                String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
                String title = bar < 0 ? url : line.substring(0, bar).strip();
                if (!url.matches("https?://\\S+") || title.isEmpty()) {
                    problems.add(problem("bad_link", line));
                } else {
                    links.add(new ButtonDef(new LocalizedText(title, title), url));
                }
            }
        }
        return new FaqRow(number, id, blankToNull(cell(cells, columns, FaqColumn.CATEGORY)), question, paraphrases,
                answer, locale, enabled, links, problems);
    }

    private static @Nullable String locale(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.isEmpty() || v.equals("zh") || v.startsWith("zh-") || v.equals("cn") || v.equals("中文")
                || v.equals("简体中文") || v.equals("汉语")) {
            return "zh";
        }
        if (v.equals("en") || v.startsWith("en-") || v.equals("english") || v.equals("英文") || v.equals("英语")) {
            return "en";
        }
        return null;
    }

    private static String cell(List<String> cells, Map<FaqColumn, Integer> columns, FaqColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static FaqRow.Problem problem(String code, String... args) {
        return new FaqRow.Problem(code, List.of(args));
    }
}
