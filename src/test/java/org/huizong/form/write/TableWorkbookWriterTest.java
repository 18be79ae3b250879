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
            assertThat(cut).hasSizeLessThanOrEqualTo(32_767).startsWith("各单位得分：示例市某某局").endsWith("已截断）");
        }
        assertThat(dir.resolve("table.xlsx.part")).doesNotExist();
    }
}
