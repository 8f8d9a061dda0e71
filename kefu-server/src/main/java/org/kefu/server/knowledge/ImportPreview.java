package org.kefu.server.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of a FAQ sheet import: what each row would do, and why rows with problems would be skipped.
 * Nothing is saved until the preview is committed.
 *
 * @param id the preview id to commit
 * @param bot the bot
 * @param fileName the uploaded file's name
 * @param rows every data row
 * @param ignoredColumns headers of columns the import does not use
 * @param creates rows that would create an entry
 * @param updates rows that would change an entry
 * @param unchanged rows that change nothing
 * @param errors rows with problems, skipped
 */
public record ImportPreview(String id, String bot, String fileName, List<Row> rows, List<String> ignoredColumns,
        int creates, int updates, int unchanged, int errors) {

    public ImportPreview {
        rows = List.copyOf(rows);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /**
     * One row.
     *
     * @param row the spreadsheet row number (header = 1)
     * @param action {@code create}, {@code update}, {@code unchanged} or {@code error}
     * @param faqId the FAQ entry it goes to (a new id for created ones), null with problems
     * @param question the row's question
     * @param locale {@code zh} or {@code en}
     * @param problems what is wrong, in the admin's language
     */
    public record Row(int row, String action, @Nullable String faqId, String question, String locale,
            List<String> problems) {
        public Row {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The outcome of a committed import.
     *
     * @param created entries created
     * @param updated entries changed
     * @param skipped rows not imported because of problems
     */
    public record Result(int created, int updated, int skipped) {}
}
