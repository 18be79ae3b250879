package org.huizong.form.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DConRefRecord;
import org.apache.poi.hssf.record.DVALRecord;
import org.apache.poi.hssf.record.DrawingRecord;
import org.apache.poi.hssf.record.DrawingSelectionRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.GutsRecord;
import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.record.UncalcedRecord;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.record.WindowOneRecord;
import org.apache.poi.hssf.record.WindowTwoRecord;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.hssf.record.aggregates.PageSettingsBlock;
import org.apache.poi.hssf.record.aggregates.SharedValueManager;
import org.apache.poi.hssf.record.pivottable.ViewDefinitionRecord;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet of an .xls as its records stream past, turned into the {@link CellGrid} the workbook library gives
 * for it: its cells (formula cells with their cached result and their formula, rendered once the sheet's shared,
 * array and table formulas are all known) and its merged regions. Like the library, it takes the cells from one
 * block of row and cell records. What the library would read otherwise or refuse — a second block of cells, cells
 * out of order or twice at one place, a record the library does not expect among the cells, a sheet without its
 * window record, a row past the limit without a cell in it — is declined with a {@link Declined}.
 */
final class BiffSheet {

    private static final int LAST_COLUMN = 255;

    /** The records that open a block of cells, as the library recognises them. */
    private static final Set<Short> OPENS_CELLS = Set.of(
            FormulaRecord.sid,
            LabelSSTRecord.sid,
            BlankRecord.sid,
            NumberRecord.sid,
            LabelRecord.sid,
            BoolErrRecord.sid,
            RowRecord.sid,
            ArrayRecord.sid,
            TableRecord.sid,
            RKRecord.sid,
            SharedFormulaRecord.sid);

    /** The records that close it (besides the page settings). */
    private static final Set<Short> CLOSES_CELLS = Set.of(
            WindowOneRecord.sid,
            ObjRecord.sid,
            ColumnInfoRecord.sid,
            GutsRecord.sid,
            ViewDefinitionRecord.sid,
            DrawingRecord.sid,
            DrawingSelectionRecord.sid,
            DVALRecord.sid,
            TextObjectRecord.sid,
            WindowTwoRecord.sid);

    private enum Block {
        BEFORE,
        IN,
        AFTER
    }

    private final String name;
    private final SSTRecord strings;
    private final List<GridCell> cells = new ArrayList<>();
    private final List<MergedRegion> regions = new ArrayList<>();
    private final List<FormulaRecord> formulas = new ArrayList<>();
    private final List<StringRecord> formulaTexts = new ArrayList<>();
    private final List<SharedFormulaRecord> shared = new ArrayList<>();
    private final List<CellReference> sharedFirstCells = new ArrayList<>();
    private final List<ArrayRecord> arrays = new ArrayList<>();
    private final List<TableRecord> tables = new ArrayList<>();
    private Block block = Block.BEFORE;
    private Record previous;
    private Record previousCellRecord;
    private boolean window;
    private long lastPosition = -1;
    private long positions;
    private boolean uncalced;
    private final Set<Long> staleFormulas = new java.util.HashSet<>();

    BiffSheet(String name, SSTRecord strings) {
        this.name = name;
        this.strings = strings;
    }

    /** A record of the sheet itself (not of a chart embedded in it). */
    void record(Record record) {
        short sid = record.getSid();
        if (record instanceof UncalcedRecord) {
            uncalced = true; // the sheet was saved without recalculating its formulas
        }
        if (block == Block.IN && (CLOSES_CELLS.contains(sid) || PageSettingsBlock.isComponentRecord(sid))) {
            block = Block.AFTER;
        } else if (block != Block.IN && OPENS_CELLS.contains(sid)) {
            if (block == Block.AFTER) {
                throw declined("a second block of cells");
            }
            block = Block.IN;
        }
        if (block == Block.IN) {
            cellBlock(record);
        } else if (record instanceof MergeCellsRecord merged) {
            merged(merged);
        } else if (record instanceof WindowTwoRecord) {
            window = true;
        }
        previous = record;
    }

    /** A chart's own records begin inside the sheet. */
    void embedded() {
        if (block == Block.IN) {
            throw declined("a chart among the cells");
        }
    }

    /**
     * The positions ({@link CellGrid#key}) of the formulas whose saved result the file does not vouch for: an
     * empty-string placeholder (as xlwt writes), a formula flagged to be calculated always (fAlwaysCalc, as
     * Spreadsheet::WriteExcel writes beside a 0), every formula of a sheet saved uncalculated (UNCALCED). The bit next
     * to fAlwaysCalc is reserved in the file format; the workbook library sets it on every formula it writes.
     */
    Set<Long> staleFormulas() {
        return staleFormulas;
    }

    /** The cells the library would count: every cell record, blanks included. */
    long positions() {
        return positions;
    }

    /** The sheet's grid, at its end. */
    CellGrid grid(BiffFormulas rendering) {
        if (block == Block.IN) {
            throw declined("the cells run into the end of the sheet");
        }
        if (!window) {
            throw declined("no window record");
        }
        if (!formulas.isEmpty()) {
            SharedValueManager values = SharedValueManager.create(
                    shared.toArray(new SharedFormulaRecord[0]),
                    sharedFirstCells.toArray(new CellReference[0]),
                    arrays.toArray(new ArrayRecord[0]),
                    tables.toArray(new TableRecord[0]));
            for (int i = 0; i < formulas.size(); i++) {
                FormulaRecord formula = formulas.get(i);
                StringRecord text = formulaTexts.get(i);
                if (uncalced || formula.isAlwaysCalc() || emptyText(formula, text)) {
                    staleFormulas.add(CellGrid.key(formula.getRow(), formula.getColumn()));
                }
                cells.add(rendering.cell(new FormulaRecordAggregate(formula, text, values)));
            }
        }
        return new CellGrid(name, cells, regions);
    }

    private void cellBlock(Record record) {
        if (record instanceof SharedFormulaRecord formula) {
            if (!(previous instanceof FormulaRecord first)) {
                throw declined("a shared formula after no formula");
            }
            shared.add(formula);
            sharedFirstCells.add(new CellReference(first.getRow(), first.getColumn()));
            return;
        }
        if (record instanceof ArrayRecord array) {
            arrays.add(array);
            return;
        }
        if (record instanceof TableRecord table) {
            tables.add(table);
            return;
        }
        if (record instanceof MergeCellsRecord merged) {
            merged(merged);
            return;
        }
        if (record instanceof StringRecord text) {
            if (!(previousCellRecord instanceof FormulaRecord)) {
                throw declined("a formula result after no formula");
            }
            formulaTexts.set(formulaTexts.size() - 1, text);
        } else if (record instanceof CellValueRecordInterface cell) {
            position(cell.getRow(), cell.getColumn(), cell.getColumn());
            cell(cell);
        } else if (record instanceof MulBlankRecord blanks) {
            position(blanks.getRow(), blanks.getFirstColumn(), blanks.getFirstColumn() + blanks.getNumColumns() - 1);
        } else if (record instanceof RowRecord) {
            // a row's height or style: a row without cells does not count against the limit
        } else if (record instanceof ContinueRecord) {
            if (!(previousCellRecord instanceof UnknownRecord || previousCellRecord instanceof ContinueRecord)) {
                throw declined("a continued record among the cells");
            }
        } else if (!(record instanceof UnknownRecord
                || record instanceof HyperlinkRecord
                || record instanceof DConRefRecord)) {
            throw declined("record " + record.getClass().getSimpleName() + " among the cells");
        }
        previousCellRecord = record;
    }

    private void cell(CellValueRecordInterface cell) {
        int row = cell.getRow();
        int column = cell.getColumn();
        if (cell instanceof NumberRecord number) {
            cells.add(GridCell.number(row, column, number.getValue(), null));
        } else if (cell instanceof LabelSSTRecord label) {
            text(row, column, strings.getString(label.getSSTIndex()).getString());
        } else if (cell instanceof LabelRecord label) {
            text(row, column, label.getValue());
        } else if (cell instanceof BoolErrRecord value) {
            cells.add(
                    value.isBoolean()
                            ? GridCell.other(
                                    row, column, CellKind.BOOLEAN, String.valueOf(value.getBooleanValue()), null)
                            : GridCell.other(
                                    row,
                                    column,
                                    CellKind.ERROR,
                                    FormulaError.forInt(value.getErrorValue()).getString(),
                                    null));
        } else if (cell instanceof FormulaRecord formula) {
            formulas.add(formula);
            formulaTexts.add(null);
        } else if (!(cell instanceof BlankRecord)) {
            throw declined("cell record " + cell.getClass().getSimpleName());
        }
    }

    /** A text result that is empty: what xlwt writes in place of every result. */
    private static boolean emptyText(FormulaRecord formula, StringRecord text) {
        return formula.getCachedResultTypeEnum() == org.apache.poi.ss.usermodel.CellType.STRING
                && (text == null || text.getString().isEmpty());
    }

    private void text(int row, int column, String text) {
        if (!text.isEmpty()) {
            cells.add(GridCell.text(row, column, text, null));
        }
    }

    private void merged(MergeCellsRecord merged) {
        for (int i = 0; i < merged.getNumAreas(); i++) {
            CellRangeAddress area = merged.getAreaAt(i);
            regions.add(new MergedRegion(
                    area.getFirstRow(), area.getLastRow(), area.getFirstColumn(), area.getLastColumn()));
        }
    }

    /** Cells come row by row, left to right, each place once: anything else the library resolves its own way. */
    private void position(int row, int firstColumn, int lastColumn) {
        if (firstColumn < 0 || lastColumn > LAST_COLUMN || lastColumn < firstColumn) {
            throw declined("columns " + firstColumn + ".." + lastColumn);
        }
        long first = (long) row << 8 | firstColumn;
        if (first <= lastPosition) {
            throw declined("cells out of order at row " + (row + 1));
        }
        lastPosition = (long) row << 8 | lastColumn;
        positions += lastColumn - firstColumn + 1;
    }

    /**
     * What declines a file from inside a record listener, which may throw no checked exception: the reader turns it
     * into a {@link FastPathDeclined}.
     */
    static final class Declined extends IllegalStateException {

        Declined(String why) {
            super("left to the workbook library: " + why);
        }
    }

    static Declined declined(String why) {
        return new Declined(why);
    }
}
