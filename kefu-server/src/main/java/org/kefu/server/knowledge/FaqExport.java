package org.kefu.server.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kefu.dialogue.definition.ButtonDef;

/**
 * Writes a bot's FAQs in the import layout (docs/knowledge-import.md): one row per entry and language, with
 * the entry's id, so that exporting and importing again changes nothing.
 */
final class FaqExport {

    private static final List<FaqColumn> COLUMNS = Arrays.asList(FaqColumn.values());

    private FaqExport() {}

    static List<List<String>> rows(List<FaqEntry> faqs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(c -> c.chineseHeader() + "/" + c.englishHeader()).toList());
        for (FaqEntry f : faqs) {
            if (!f.question().zh().isBlank()) {
                rows.add(row(f, "zh"));
            }
            if (!f.question().en().isBlank()) {
                rows.add(row(f, "en"));
            }
        }
        return rows;
    }

    private static List<String> row(FaqEntry f, String locale) {
        boolean zh = locale.equals("zh");
        List<String> row = new ArrayList<>();
        for (FaqColumn c : COLUMNS) {
            row.add(switch (c) {
                case ID -> f.id();
                case CATEGORY -> f.category() == null ? "" : f.category();
                case QUESTION -> zh ? f.question().zh() : f.question().en();
                case PARAPHRASES -> String.join("\n", zh ? f.paraphrases().zh() : f.paraphrases().en());
                case ANSWER -> zh ? f.answer().zh() : f.answer().en();
                case LOCALE -> zh ? "zh-CN" : "en";
                case ENABLED -> f.enabled() ? "是" : "否";
                case LINKS -> String.join("\n", f.links().stream().map(FaqExport::link).toList());
            });
        }
        return row;
    }

    private static String link(ButtonDef b) {
        return b.title().zh() + "|" + b.target();
    }

    static byte[] csv(List<FaqEntry> faqs) {
        return ("\uFEFF" + Csv.write(rows(faqs))).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<FaqEntry> faqs) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("FAQ");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            List<List<String>> rows = rows(faqs);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(rows.get(r).get(c));
                    cell.setCellStyle(wrap);
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, c == FaqColumn.ANSWER.ordinal() ? 60 * 256 : 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the FAQ workbook", e);
        }
    }
}
