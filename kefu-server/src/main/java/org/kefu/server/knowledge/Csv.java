package org.kefu.server.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated values as Excel writes and reads them (RFC 4180: quoted fields may hold commas, quotes, line breaks). */
final class Csv {

    private Csv() {}

    /**
     * Parses CSV text into rows of fields.
     *
     * @param maxRows stop with {@link TooManyRowsException} once more rows than this are read
     */
    static List<List<String>> parse(String text, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, fieldStarted, maxRows);
                row = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        endRow(rows, row, field, fieldStarted, maxRows);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started,
            int maxRows) {
        if (started || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
            if (rows.size() > maxRows) {
                throw new TooManyRowsException(maxRows);
            }
        }
        field.setLength(0);
    }

    /** Writes rows as CSV with CRLF line ends, quoting fields that need it. */
    static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String f = row.get(i);
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    out.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(f);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** More rows than allowed. */
    static final class TooManyRowsException extends RuntimeException {
        final int limit;

        TooManyRowsException(int limit) {
            super("more than " + limit + " rows");
            this.limit = limit;
        }
    }
}
