package org.huizong.monthly;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A workbook's visible content (sheet names and cell texts), without the timestamps inside the file. */
final class WorkbookText {

    private WorkbookText() {}

    static String of(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            workbook.forEach(sheet -> {
                text.append("# ").append(sheet.getSheetName()).append('\n');
                sheet.forEach(row -> row.forEach(cell -> text.append(cell.getAddress())
                        .append('=')
                        .append(formatter.formatCellValue(cell))
                        .append('\n')));
            });
        }
        return text.toString();
    }
}
