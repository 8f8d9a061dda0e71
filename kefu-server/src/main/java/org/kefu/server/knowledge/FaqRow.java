package org.kefu.server.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;

/**
 * One data row of a FAQ sheet as read, with what is wrong with it.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param id the FAQ id, when the sheet gives one
 * @param category the category, or null
 * @param question the question
 * @param paraphrases the paraphrases
 * @param answer the answer
 * @param locale {@code zh} or {@code en}
 * @param enabled whether the entry is enabled
 * @param links links shown under the answer; null when the sheet has no links column
 * @param problems what is wrong; a row with problems is not imported
 */
record FaqRow(int row, @Nullable String id, @Nullable String category, String question, List<String> paraphrases,
        String answer, String locale, boolean enabled, @Nullable List<ButtonDef> links, List<Problem> problems) {

    FaqRow {
        paraphrases = List.copyOf(paraphrases);
        links = links == null ? null : List.copyOf(links);
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /**
     * A problem of a row: a message code {@code admin.import.problem.<code>} and its arguments.
     *
     * @param code e.g. {@code missing_question}
     * @param args the message arguments
     */
    record Problem(String code, List<String> args) {
        Problem {
            args = List.copyOf(args);
        }
    }
}
