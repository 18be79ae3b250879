package org.huizong.form.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a report workbook of {@link ReportSheet}s; the file appears under its final name only when complete. */
public final class ReportWorkbookWriter {

    public void write(List<ReportSheet> sheets, Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            ReportSheetDrawer drawer = new ReportSheetDrawer(new ReportStyles(workbook));
            for (ReportSheet sheet : sheets) {
                drawer.draw(sheet, workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name())));
            }
            FormWorkbookWriter.save(workbook, target);
            workbook.dispose();
        }
    }
}
