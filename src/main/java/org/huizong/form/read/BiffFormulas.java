package org.huizong.form.read;

import java.util.List;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The formula cells of an .xls as the workbook library gives them: the cached result, and the formula text rendered
 * by the library's own renderer against a workbook stub built from the file's workbook-globals records (its sheet
 * names, external references and defined names), so references to other sheets and names read as the library reads
 * them. The stub is built at the first formula.
 */
final class BiffFormulas {

    /** The longest sheet name the library keeps unshortened. */
    private static final int SHEET_NAME_LENGTH = 31;

    private final List<Record> globals;
    private HSSFWorkbook stub;

    BiffFormulas(List<Record> globals) {
        this.globals = globals;
    }

    GridCell cell(FormulaRecordAggregate formula) {
        FormulaRecord record = formula.getFormulaRecord();
        int row = record.getRow();
        int column = record.getColumn();
        String text = HSSFFormulaParser.toFormulaString(stub(), formula.getFormulaTokens());
        return switch (record.getCachedResultTypeEnum()) {
            case NUMERIC -> GridCell.number(row, column, record.getValue(), text);
            case STRING ->
                GridCell.text(row, column, formula.getStringValue() == null ? "" : formula.getStringValue(), text);
            case BOOLEAN ->
                GridCell.other(row, column, CellKind.BOOLEAN, String.valueOf(record.getCachedBooleanValue()), text);
            case ERROR ->
                GridCell.other(
                        row,
                        column,
                        CellKind.ERROR,
                        FormulaError.forInt((byte) record.getCachedErrorValue()).getString(),
                        text);
            default -> GridCell.text(row, column, "", text);
        };
    }

    private HSSFWorkbook stub() {
        if (stub == null) {
            InternalWorkbook book = InternalWorkbook.createWorkbook(globals);
            HSSFWorkbook workbook = HSSFWorkbook.create(book);
            for (int i = 0; i < book.getNumSheets(); i++) {
                String name = book.getSheetName(i);
                if (name.length() > SHEET_NAME_LENGTH) {
                    throw BiffSheet.declined("a sheet name of " + name.length() + " characters");
                }
                workbook.createSheet(name); // the renderer asks the workbook for its sheets by index
            }
            stub = workbook;
        }
        return stub;
    }
}
