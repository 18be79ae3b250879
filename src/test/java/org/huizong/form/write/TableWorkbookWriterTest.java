package org.huizong.form.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long tables are written in batches as their rows come, and text too long for a cell is cut and says so. */
class TableWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryRowPushedAndCutsTextLongerThanACell() throws Exception {
        String longText = "各单位得分：" + "示例市某某局 12.5，".repeat(4_000);
        RowSource rows = sink -> {
            for (int i = 0; i < 2_500; i++) {
                sink.accept(List.of(i, i == 7 ? longText : "第" + i + "行"));
            }
        };
        Path target = dir.resolve("table.xlsx");
        new TableWorkbookWriter().writeStreamed(List.of(new StreamedTable("明细", List.of("序号", "内容"), rows)), target);
        try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("明细");
            assertThat(sheet.getLastRowNum()).isEqualTo(2_500);
            assertThat(sheet.getRow(2_500).getCell(1).getStringCellValue()).isEqualTo("第2499行");
            String cut = sheet.getRow(8).getCell(1).getStringCellValue();
            assertThat(cut)
                    .hasSizeLessThanOrEqualTo(32_767)
                    .startsWith("各单位得分：示例市某某局")
                    .endsWith("已截断）");
        }
        assertThat(dir.resolve("table.xlsx.part")).doesNotExist();
    }

    @Test
    void sizesEachColumnOfEachSheetToItsWidestContentAChineseCharacterCountingTwo() throws Exception {
        RowSource units = sink -> {
            sink.accept(List.of("91990100MA0000001X", "示例市市场监督管理局", 12.5));
            sink.accept(List.of("91990100MA0000002X", "局", 1234567));
        };
        RowSource counts = sink -> sink.accept(List.of("V01", 3));
        Path target = dir.resolve("widths.xlsx");
        new TableWorkbookWriter()
                .writeStreamed(
                        List.of(
                                new StreamedTable("单位", List.of("代码", "名称", "数"), units),
                                new StreamedTable("计数", List.of("规则编号说明", "次数"), counts)),
                        target);
        try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
            Sheet first = workbook.getSheet("单位");
            assertThat(first.getColumnWidth(0)).isEqualTo((18 + 2) * 256);
            assertThat(first.getColumnWidth(1)).isEqualTo((20 + 2) * 256);
            assertThat(first.getColumnWidth(2)).isEqualTo((7 + 2) * 256);
            Sheet second = workbook.getSheet("计数");
            assertThat(second.getColumnWidth(0)).isEqualTo((12 + 2) * 256);
            assertThat(second.getColumnWidth(1)).isEqualTo((4 + 2) * 256);
        }
    }
}
