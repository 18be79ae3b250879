package org.huizong.form.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The reference {@link GridReader}: the workbook library's full model, opened read-only. Before the model is built
 * (the library holds the whole workbook in memory), the rows and cells are counted by streaming: an .xlsx's sheet XML
 * ({@link WorkbookPackageCheck#countCells}), an .xls's records ({@link BiffRecordCounter}). It reads any workbook the
 * library can open, and says what is wrong with a file that is none. A formula gives its saved result when the file
 * vouches for it, else the library's evaluation of it ({@link LibraryFormulas}).
 */
final class LibraryGridReader implements GridReader {

    private final WorkbookLimits limits;

    LibraryGridReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<CellGrid> read(Path file) throws WorkbookTooLargeException, UnreadableWorkbookException {
        try {
            if (WorkbookPackageCheck.isZip(file)) {
                new WorkbookPackageCheck(limits).countCells(file);
            } else {
                new BiffRecordCounter(limits).count(file);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return readModel(file);
    }

    /** Every sheet as the workbook library reads it, without counting the rows and cells first. */
    List<CellGrid> readModel(Path file) throws WorkbookTooLargeException, UnreadableWorkbookException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() > limits.maxSheets()) {
                throw new WorkbookTooLargeException(
                        FileProblem.SHEETS, workbook.getNumberOfSheets(), limits.maxSheets());
            }
            LibraryFormulas formulas = new LibraryFormulas(workbook);
            List<CellGrid> grids = new ArrayList<>();
            int[] cellCount = {0};
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                grids.add(gridOf(
                        workbook.getSheetAt(i),
                        formulas,
                        LibraryFormulas.staleFormulas(workbook.getSheetAt(i)),
                        cellCount));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(FileProblem.ENCRYPTED, e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException(FileProblem.EXCEL_95, e);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new WorkbookTooLargeException(FileProblem.ZIP_BOMB);
            }
            throw new UnreadableWorkbookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the workbook library refused to inflate an entry any further (its expansion ratio or its size): it has no
     * exception type of its own for that, so it is known by where the {@link IOException} was thrown.
     */
    private static boolean isZipBomb(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException
                    && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().equals(ZipArchiveThresholdInputStream.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private CellGrid gridOf(Sheet sheet, LibraryFormulas formulas, Set<Long> staleFormulas, int[] cellCount)
            throws WorkbookTooLargeException {
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getPhysicalNumberOfCells() > 0 && row.getRowNum() >= limits.maxRowsPerSheet()) {
                throw new WorkbookTooLargeException(
                        FileProblem.SHEET_ROWS, sheet.getSheetName(), row.getRowNum() + 1, limits.maxRowsPerSheet());
            }
            for (Cell cell : row) {
                if (++cellCount[0] > limits.maxCells()) {
                    throw new WorkbookTooLargeException(FileProblem.CELLS, limits.maxCells());
                }
                GridCell gridCell = convert(cell, formulas, staleFormulas);
                if (gridCell != null) {
                    cells.add(gridCell);
                }
            }
        }
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            regions.add(new MergedRegion(
                    range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
        }
        return new CellGrid(sheet.getSheetName(), cells, regions);
    }

    private static GridCell convert(Cell cell, LibraryFormulas formulas, Set<Long> staleFormulas) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case NUMERIC -> GridCell.number(row, column, cell.getNumericCellValue(), null);
            case STRING ->
                cell.getStringCellValue().isEmpty()
                        ? null
                        : GridCell.text(row, column, cell.getStringCellValue(), null);
            case BOOLEAN ->
                GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), null);
            case ERROR ->
                GridCell.other(
                        row,
                        column,
                        CellKind.ERROR,
                        FormulaError.forInt(cell.getErrorCellValue()).getString(),
                        null);
            case FORMULA ->
                formulas.stale(cell, staleFormulas) ? formulas.evaluated(cell) : LibraryFormulas.saved(cell);
            default -> null;
        };
    }
}
