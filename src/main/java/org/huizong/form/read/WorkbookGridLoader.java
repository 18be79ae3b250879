package org.huizong.form.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns every sheet of an .xlsx or .xls file into a {@link CellGrid}. An .xlsx is read from its XML parts by
 * {@link OoxmlGridReader}, an .xls from its records by {@link BiffGridReader}; both count the limits as they read. A
 * file the streaming reader declines — an .xlsx formula saved without its result that is more than plain arithmetic
 * over numbers, which is then evaluated, or an .xls it cannot read exactly as the library would (encrypted, BIFF5,
 * damaged, a chart sheet) —
 * is counted on its own first and then opened read-only with the workbook library, which also says what is wrong with
 * a file that is no workbook. Formula cells give their cached result.
 */
public final class WorkbookGridLoader {

    private final WorkbookLimits limits;
    private final WorkbookPackageCheck packageCheck;

    public WorkbookGridLoader(WorkbookLimits limits) {
        this.limits = limits;
        this.packageCheck = new WorkbookPackageCheck(limits);
    }

    public List<CellGrid> load(Path file) throws UnreadableWorkbookException, WorkbookTooLargeException {
        boolean xlsx;
        try {
            xlsx = packageCheck.check(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        List<CellGrid> grids = xlsx ? streamed(file, limits) : new BiffGridReader(limits).read(file);
        if (grids != null) {
            return grids;
        }
        if (xlsx) {
            try {
                packageCheck.countCells(file);
            } catch (IOException e) {
                throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        } else {
            new BiffRecordCounter(limits).count(file);
        }
        return withLibrary(file);
    }

    /** Every sheet as the workbook library reads it (after the package check). */
    List<CellGrid> withLibrary(Path file) throws UnreadableWorkbookException, WorkbookTooLargeException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() > limits.maxSheets()) {
                throw new WorkbookTooLargeException("工作表" + workbook.getNumberOfSheets() + "张，超过上限" + limits.maxSheets() + "张");
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<CellGrid> grids = new ArrayList<>();
            int[] cellCount = {0};
            for (Sheet sheet : workbook) {
                grids.add(gridOf(sheet, evaluator, cellCount));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("encrypted", e);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new WorkbookTooLargeException("压缩比异常，疑似压缩炸弹");
            }
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The streamed .xlsx grids, or null to leave the file to the workbook library (which says what is wrong with it). */
    private static List<CellGrid> streamed(Path file, WorkbookLimits limits) throws WorkbookTooLargeException {
        try {
            return new OoxmlGridReader(limits).read(file);
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            if (InflationLimit.exceeded(e)) {
                throw new WorkbookTooLargeException("压缩比异常，疑似压缩炸弹");
            }
            return null;
        }
    }

    private CellGrid gridOf(Sheet sheet, FormulaEvaluator evaluator, int[] cellCount) throws WorkbookTooLargeException {
        if (sheet.getLastRowNum() >= limits.maxRowsPerSheet()) {
            throw new WorkbookTooLargeException("工作表“" + sheet.getSheetName() + "”有" + (sheet.getLastRowNum() + 1)
                    + "行，超过上限" + limits.maxRowsPerSheet() + "行");
        }
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (++cellCount[0] > limits.maxCells()) {
                    throw new WorkbookTooLargeException("单元格超过" + limits.maxCells() + "个");
                }
                GridCell gridCell = convert(cell, evaluator);
                if (gridCell != null) {
                    cells.add(gridCell);
                }
            }
        }
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            regions.add(new MergedRegion(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
        }
        return new CellGrid(sheet.getSheetName(), cells, regions);
    }

    private static GridCell convert(Cell cell, FormulaEvaluator evaluator) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case NUMERIC -> GridCell.number(row, column, cell.getNumericCellValue(), null);
            case STRING -> cell.getStringCellValue().isEmpty() ? null : GridCell.text(row, column, cell.getStringCellValue(), null);
            case BOOLEAN -> GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), null);
            case ERROR -> GridCell.other(row, column, CellKind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), null);
            case FORMULA -> formulaResult(cell, evaluator);
            default -> null;
        };
    }

    private static GridCell formulaResult(Cell cell, FormulaEvaluator evaluator) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        String formula = cell.getCellFormula();
        if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
            return evaluated(cell, evaluator, formula);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> GridCell.number(row, column, cell.getNumericCellValue(), formula);
            case STRING -> GridCell.text(row, column, cell.getStringCellValue(), formula);
            case BOOLEAN -> GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), formula);
            case ERROR -> GridCell.other(row, column, CellKind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), formula);
            default -> GridCell.text(row, column, "", formula);
        };
    }

    private static GridCell evaluated(Cell cell, FormulaEvaluator evaluator, String formula) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return GridCell.other(row, column, CellKind.ERROR, "#公式无法计算", formula);
        }
        if (value == null) {
            return GridCell.text(row, column, "", formula);
        }
        CellType type = value.getCellType();
        return switch (type) {
            case NUMERIC -> GridCell.number(row, column, value.getNumberValue(), formula);
            case STRING -> GridCell.text(row, column, value.getStringValue(), formula);
            case BOOLEAN -> GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(value.getBooleanValue()), formula);
            default -> GridCell.other(row, column, CellKind.ERROR, FormulaError.forInt(value.getErrorValue()).getString(), formula);
        };
    }
}
