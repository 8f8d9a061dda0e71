package org.kefu.nlu;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last clause of a message of several. Customers often open with context and state their request last
 * ("hi there, I bought a phone last week and it's not what I expected, how do I return it"; "你好，我想问一下，
 * 我上周买的那件外套……请问要怎么申请退货"), and over the whole message the request is diluted.
 */
final class LastClause {

    /** Clause ends in both scripts; a full stop between digits ("1.5") is no clause end. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;!?，。；！？…\\n]+|(?<!\\d)\\.+|\\.+(?!\\d)");
    /** Shorter last clauses are sign-offs ("谢谢", "急", "ok") rather than requests. */
    static final int MIN_CHARS = 4;

    private LastClause() {}

    /** The last clause, if the text has more than one and the last is long enough to be a request. */
    static Optional<String> of(String text) {
        String[] clauses = CLAUSE_END.split(text.strip());
        int last = clauses.length - 1;
        while (last >= 0 && clauses[last].isBlank()) {
            last--;
        }
        if (last < 1) {
            return Optional.empty();
        }
        String clause = clauses[last].strip();
        return clause.codePointCount(0, clause.length()) >= MIN_CHARS ? Optional.of(clause) : Optional.empty();
    }
}
