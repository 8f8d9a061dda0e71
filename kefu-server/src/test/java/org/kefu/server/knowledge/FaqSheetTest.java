package org.kefu.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.Sheets;
import org.springframework.util.unit.DataSize;

final class FaqSheetTest {

    private final SheetReader reader = new SheetReader(new ImportLimits(DataSize.ofKilobytes(64), 50));

    private List<FaqRow> rows(byte[] file) {
        return FaqRowParser.parse(reader.read(file)).rows();
    }

    @Test
    void readsAnExcelSheetWithChineseHeaders() {
        List<FaqRow> rows = rows(Sheets.xlsx(List.of(
                List.of("分类", "问题", "相似问法", "答案", "语言", "启用"),
                List.of("支付", "礼品卡怎么用", "礼品卡能用吗｜怎么用礼品卡\n礼品卡如何使用", "结算时选择礼品卡。", "zh-CN", "是"))));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.category()).isEqualTo("支付");
            assertThat(r.paraphrases()).containsExactly("礼品卡能用吗", "怎么用礼品卡", "礼品卡如何使用");
            assertThat(r.locale()).isEqualTo("zh");
            assertThat(r.enabled()).isTrue();
        });
    }

    @Test
    void readsCsvWithEnglishOrCombinedHeadersQuotedLineBreaksAndABom() {
        String csv = "\uFEFFQuestion,Answer,Paraphrases,Locale,Enabled,备注 (notes)\r\n"
                + "\"Can I pay, later?\",\"Yes, with \"\"Huabei\"\".\",\"pay later\nbuy now pay later\",en,no,ignored\r\n";
        FaqRowParser.ParsedSheet sheet = FaqRowParser.parse(reader.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(sheet.ignoredColumns()).containsExactly("备注 (notes)");
        FaqRow row = sheet.rows().getFirst();
        assertThat(row.question()).isEqualTo("Can I pay, later?");
        assertThat(row.answer()).isEqualTo("Yes, with \"Huabei\".");
        assertThat(row.paraphrases()).containsExactly("pay later", "buy now pay later");
        assertThat(row.locale()).isEqualTo("en");
        assertThat(row.enabled()).isFalse();

        String combined = "问题/question,答案（answer）\n运费多少,满99包邮\n";
        assertThat(rows(combined.getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(r -> assertThat(r.answer()).isEqualTo("满99包邮"));
    }

    @Test
    void readsCsvSavedByChineseExcelInGb18030() {
        byte[] gbk = "问题,答案\n发票怎么开,在订单页下载电子发票\n".getBytes(Charset.forName("GB18030"));
        assertThat(rows(gbk)).singleElement().satisfies(r -> assertThat(r.question()).isEqualTo("发票怎么开"));
    }

    @Test
    void reportsEveryProblemOfARowWithoutStoppingTheOthers() {
        List<FaqRow> rows = rows(Sheets.xlsx(List.of(
                List.of("编号", "问题", "答案", "语言", "启用", "链接"),
                List.of("ok", "能开发票吗", "可以", "zh", "", "发票说明|https://shop.example/invoice"),
                List.of("no answer", "没有答案的问题", "", "klingon", "maybe", "not a link"),
                List.of("ok", "能开发票吗", "重复", "zh", "是", ""))));
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(0).links()).singleElement().satisfies(l -> assertThat(l.target())
                .isEqualTo("https://shop.example/invoice"));
        assertThat(rows.get(1).problems()).extracting(FaqRow.Problem::code)
                .containsExactly("bad_id", "missing_answer", "bad_locale", "bad_enabled", "bad_link");
        assertThat(rows.get(2).problems()).extracting(FaqRow.Problem::code).containsExactly("duplicate_row");
    }

    @Test
    void refusesEmptyFilesAndSheetsWithOnlyAHeader() {
        assertProblem(new byte[0], "import_empty");
        assertProblem("   \n\n".getBytes(StandardCharsets.UTF_8), "import_empty");
        assertProblem("问题,答案\n".getBytes(StandardCharsets.UTF_8), "import_empty");
        assertProblem(Sheets.xlsx(List.of()), "import_empty");
    }

    @Test
    void refusesSheetsWithoutTheRequiredColumnsNamingThem() {
        assertThatThrownBy(() -> rows("标题,内容\n运费,8元\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AdminException.class, e -> {
                    assertThat(e.code()).isEqualTo("import_missing_columns");
                    assertThat(e.args()).containsExactly("问题/question, 答案/answer", "标题, 内容");
                });
        assertProblem("问题,问题/question,答案\na,b,c\n".getBytes(StandardCharsets.UTF_8), "import_duplicate_column");
    }

    @Test
    void refusesFilesAboveTheSizeLimit() {
        byte[] huge = ("问题,答案\n" + "运费多少,满99包邮\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(64 * 1024);
        assertProblem(huge, "import_too_large");
    }

    @Test
    void refusesMoreRowsThanTheLimitInCsvAndExcel() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("问题", "答案"));
        for (int i = 0; i < 51; i++) {
            rows.add(List.of("问题" + i, "答案" + i));
        }
        assertProblem(Sheets.xlsx(rows), "import_too_many_rows");
        StringBuilder csv = new StringBuilder("问题,答案\n");
        rows.subList(1, rows.size()).forEach(r -> csv.append(r.get(0)).append(',').append(r.get(1)).append('\n'));
        assertProblem(csv.toString().getBytes(StandardCharsets.UTF_8), "import_too_many_rows");
        assertThat(rows(Sheets.xlsx(rows.subList(0, 51)))).hasSize(50);
    }

    @Test
    void refusesFilesThatAreNotSpreadsheets() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertProblem(png, "import_not_a_spreadsheet");
        assertProblem(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8}, "import_unreadable");
        byte[] notText = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x01, 0x02};
        assertProblem(notText, "import_not_a_spreadsheet");
    }

    private void assertProblem(byte[] file, String code) {
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(AdminException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
