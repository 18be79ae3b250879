package org.huizong.form.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every sheet of an .xlsx or .xls file into a {@link CellGrid}. An .xlsx is read from its XML parts by
 * {@link OoxmlGridReader}, an .xls from its records by {@link BiffGridReader}; both count the limits as they read. A
 * file the streaming reader declines ({@link FastPathDeclined}: a formula to work out that is more than plain
 * arithmetic, an .xls formula whose saved result the file does not vouch for, or anything it cannot read exactly as
 * the library would) is counted on its own first and then opened read-only with the workbook library, the reference
 * path, which also says what is wrong with a file that is no workbook. Every decline is logged with its cause and
 * counted ({@link FastPathDeclines}). A formula gives its saved result when the file vouches for it, else the
 * library's evaluation of it ({@link LibraryFormulas}).
 */
public final class WorkbookGridLoader {

    private static final Logger log = LoggerFactory.getLogger(WorkbookGridLoader.class);

    private final WorkbookLimits limits;
    private final WorkbookPackageCheck packageCheck;

    public WorkbookGridLoader(WorkbookLimits limits) {
        this.limits = limits;
        this.packageCheck = new WorkbookPackageCheck(limits);
    }

    public List<CellGrid> load(Path file) throws UnreadableWorkbookException, WorkbookTooLargeException {
        WorkbookPackageCheck.Kind kind;
        try {
            kind = packageCheck.check(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        boolean xlsx = kind == WorkbookPackageCheck.Kind.XLSX;
        FastPathDeclined declined;
        try {
            return xlsx ? new OoxmlGridReader(limits).read(file) : new BiffGridReader(limits).read(file);
        } catch (FastPathDeclined e) {
            declined = e;
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            if (InflationLimit.exceeded(e)) {
                throw new WorkbookTooLargeException("压缩比异常，疑似压缩炸弹");
            }
            declined = new FastPathDeclined(e.toString(), e);
        }
        FastPathDeclines.record();
        log.info("{}: read by the workbook library ({})", file.getFileName(), declined.getMessage());
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
            LibraryFormulas formulas = new LibraryFormulas(workbook);
            List<CellGrid> grids = new ArrayList<>();
            int[] cellCount = {0};
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                grids.add(gridOf(workbook.getSheetAt(i), formulas, LibraryFormulas.staleFormulas(workbook.getSheetAt(i)), cellCount));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.ENCRYPTED, e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.EXCEL_95, e);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new WorkbookTooLargeException("压缩比异常，疑似压缩炸弹");
            }
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private CellGrid gridOf(Sheet sheet, LibraryFormulas formulas, Set<Long> staleFormulas, int[] cellCount)
            throws WorkbookTooLargeException {
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getPhysicalNumberOfCells() > 0 && row.getRowNum() >= limits.maxRowsPerSheet()) {
                throw new WorkbookTooLargeException("工作表“" + sheet.getSheetName() + "”有" + (row.getRowNum() + 1)
                        + "行，超过上限" + limits.maxRowsPerSheet() + "行");
            }
            for (Cell cell : row) {
                if (++cellCount[0] > limits.maxCells()) {
                    throw new WorkbookTooLargeException("单元格超过" + limits.maxCells() + "个");
                }
                GridCell gridCell = convert(cell, formulas, staleFormulas);
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

    private static GridCell convert(Cell cell, LibraryFormulas formulas, Set<Long> staleFormulas) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case NUMERIC -> GridCell.number(row, column, cell.getNumericCellValue(), null);
            case STRING -> cell.getStringCellValue().isEmpty() ? null : GridCell.text(row, column, cell.getStringCellValue(), null);
            case BOOLEAN -> GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), null);
            case ERROR -> GridCell.other(row, column, CellKind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), null);
            case FORMULA -> formulas.stale(cell, staleFormulas) ? formulas.evaluated(cell) : LibraryFormulas.saved(cell);
            default -> null;
        };
    }
}
