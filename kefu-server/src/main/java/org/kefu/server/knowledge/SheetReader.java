package org.kefu.server.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kefu.server.admin.AdminException;

/**
 * Reads the first sheet of an uploaded file into rows of text: Excel (.xlsx, and the older .xls) recognised by
 * content, otherwise CSV in UTF-8 (with or without BOM) or GB18030 (what Chinese Excel saves CSV in). Refuses
 * empty, oversized, binary and unreadable files with an {@link AdminException} naming the problem.
 */
final class SheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final ImportLimits limits;

    SheetReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** The rows of the file, header first; blank rows dropped. */
    List<List<String>> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw AdminException.badRequest("import_empty");
        }
        if (bytes.length > limits.maxBytes().toBytes()) {
            throw AdminException.badRequest("import_too_large", limits.maxBytes().toKilobytes() / 1024);
        }
        List<List<String>> rows = startsWith(bytes, ZIP) || startsWith(bytes, OLE2) ? workbook(bytes) : csv(bytes);
        List<List<String>> nonBlank = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (nonBlank.isEmpty()) {
            throw AdminException.badRequest("import_empty");
        }
        return nonBlank;
    }

    private List<List<String>> workbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw AdminException.badRequest("import_empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            // the header row plus maxRows data rows at most, counted before any is read
            if (sheet.getLastRowNum() > limits.maxRows() + 1) {
                throw AdminException.badRequest("import_too_many_rows", limits.maxRows());
            }
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            if (rows.size() > limits.maxRows() + 1) {
                throw AdminException.badRequest("import_too_many_rows", limits.maxRows());
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof AdminException a) {
                throw a;
            }
            throw AdminException.badRequest("import_unreadable");
        }
    }

    private List<List<String>> csv(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw AdminException.badRequest("import_not_a_spreadsheet");
            }
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, Charset.forName("GB18030"));
        }
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw AdminException.badRequest("import_not_a_spreadsheet");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return Csv.parse(text, limits.maxRows() + 1);
        } catch (Csv.TooManyRowsException e) {
            throw AdminException.badRequest("import_too_many_rows", limits.maxRows());
        }
    }

    private static @org.jspecify.annotations.Nullable String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
