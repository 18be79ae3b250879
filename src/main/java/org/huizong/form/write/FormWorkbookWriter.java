package org.huizong.form.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;

/**
 * Writes a form in its official layout ({@link FormLayout}), blank or filled, as .xlsx or .xls. The file appears
 * under its final name only when complete.
 */
public final class FormWorkbookWriter {

    private final FormLayout layout = new FormLayout();

    public void write(FormDescriptor form, FilledForm content, WriteOptions options, Path target) throws IOException {
        try (Workbook workbook = options.legacyXls() ? new HSSFWorkbook() : new XSSFWorkbook()) {
            draw(workbook, form, content, options);
            save(workbook, target);
        }
    }

    /**
     * Writes the blank template a bureau fills in: the form pre-filled with its 基本信息, the totals as formulas of
     * their parts (with their results saved, so that a template read back as it is notes nothing a bureau must act
     * on), a 填报说明 sheet first, whole numbers ≥ 0 required in count cells (≥ 0 with up to four decimals in 万元
     * cells), and every sheet protected without a password: labels and totals locked, the cells to fill open.
     */
    public void writeTemplate(FormDescriptor form, Map<String, String> info, int deadlineDay, Path target)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<SheetCanvas> canvases = draw(workbook, form, FilledForm.blank(info), TEMPLATE);
            new TemplateSafeguards(workbook, canvases).apply(TemplateSafeguards.instructions(deadlineDay));
            save(workbook, target);
        }
    }

    /** The options of the template a bureau fills in: the official layout, totals as formulas. */
    private static final WriteOptions TEMPLATE = new WriteOptions(
            false, false, true, false, false, false, false, false, false, java.util.Set.of(), Map.of());

    private List<SheetCanvas> draw(Workbook workbook, FormDescriptor form, FilledForm content, WriteOptions options) {
        {
            CellStyles styles = new CellStyles(workbook);
            SheetCanvas.Offsets offsets =
                    options.blankRowsAndColumns() ? new SheetCanvas.Offsets(2, 1) : new SheetCanvas.Offsets(0, 0);
            List<SheetPlan> plans = new ArrayList<>(layout.plan(form));
            plans.removeIf(p -> options.omittedSheets().contains(p.name())
                    || options.omittedSheets().contains(p.sheetCode()));
            if (options.infoInTitleRow()) {
                plans.removeIf(p -> p.sheetCode().equals("INFO"));
            }
            if (options.reversedSheets()) {
                Collections.reverse(plans);
            }
            List<SheetCanvas> canvases = new ArrayList<>();
            for (SheetPlan plan : plans) {
                String name = sheetName(form, plan, options);
                SheetCanvas canvas = new SheetCanvas(workbook.createSheet(name), plan, styles, offsets, options);
                canvas.drawLabels();
                if (plan.sheetCode().equals("INFO")) {
                    canvas.drawInfoValues(form.info().fields(), content.info());
                } else {
                    canvas.drawValues(content);
                    if (options.infoInTitleRow()) {
                        canvas.drawInfoLine(infoLine(form, content));
                    }
                    if (options.remarkColumn()) {
                        canvas.drawRemarkColumn();
                    }
                }
                canvases.add(canvas);
            }
            if (options.formulaTotals()) {
                new TotalFormulas(form, canvases, content).write();
                if (!options.formulasWithoutCache() || options.legacyXls()) {
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                }
            }
            return canvases;
        }
    }

    /** Writes a plain table (a header row, then rows of text or numbers) — for workbooks that are not forms. */
    public void writeTable(String sheetName, List<List<Object>> rows, Path target) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            save(workbook, target);
        }
    }

    static void save(Workbook workbook, Path target) throws IOException {
        save(target, workbook::write);
    }

    /** What writes a file's bytes. */
    public interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} under a temporary name and moves it into place, so no half-written file bears its name. */
    public static void save(Path target, FileContent content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String sheetName(FormDescriptor form, SheetPlan plan, WriteOptions options) {
        if (!options.aliasSheetNames() || plan.sheetCode().equals("INFO")) {
            return plan.name();
        }
        return form.sheet(plan.sheetCode())
                .map(s -> s.aliases().isEmpty() ? s.name() : s.aliases().get(0))
                .orElse(plan.name());
    }

    private static String infoLine(FormDescriptor form, FilledForm content) {
        StringBuilder line = new StringBuilder();
        for (String key :
                List.of(InfoField.UNIT_NAME, InfoField.USCC, InfoField.PERIOD, InfoField.FILLER, InfoField.PHONE)) {
            String value = content.info().get(key);
            if (value != null) {
                line.append(line.length() == 0 ? "" : "\u3000\u3000")
                        .append(form.info().labelOf(key))
                        .append('：')
                        .append(value);
            }
        }
        return line.toString();
    }

    static void merge(Sheet sheet, int row, int column, int lastRow, int lastColumn) {
        if (lastRow > row || lastColumn > column) {
            sheet.addMergedRegion(new CellRangeAddress(row, lastRow, column, lastColumn));
        }
    }

    static void setNumber(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
    }
}
