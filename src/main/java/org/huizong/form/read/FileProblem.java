package org.huizong.form.read;

import org.huizong.text.Messages;

/**
 * Why a file was refused before its sheets were read, decided where the cause was caught: not a workbook the reader
 * can open (a finding F01), or beyond a limit of {@link WorkbookLimits} (F02). Each has its Chinese text in the bundle.
 */
public enum FileProblem {
    CORRUPT(ReadProblem.Kind.UNREADABLE, "finding.F01.unreadable"),
    EMPTY(ReadProblem.Kind.UNREADABLE, "finding.F01.empty"),
    ENCRYPTED(ReadProblem.Kind.UNREADABLE, "finding.F01.encrypted"),
    MACRO(ReadProblem.Kind.UNREADABLE, "finding.F01.macro"),
    EXCEL_95(ReadProblem.Kind.UNREADABLE, "finding.F01.excel95"),
    XLSB(ReadProblem.Kind.UNREADABLE, "finding.F01.xlsb"),
    /** Reading it ran out of stack: formulas or structure nested beyond what any reader handles. */
    TOO_DEEP(ReadProblem.Kind.UNREADABLE, "finding.F01.tooDeep"),

    /** {0} the file's size, {1} the limit. */
    FILE_SIZE(ReadProblem.Kind.TOO_LARGE, "read.problem.fileSize"),
    /** {0} the size the entries declare, {1} the limit. */
    UNCOMPRESSED_SIZE(ReadProblem.Kind.TOO_LARGE, "read.problem.uncompressedSize"),
    /** {0} the ratio an entry declares. */
    EXPANSION_RATIO(ReadProblem.Kind.TOO_LARGE, "read.problem.expansionRatio"),
    /** An entry inflated beyond the limits while it was read, or the workbook library said so. */
    ZIP_BOMB(ReadProblem.Kind.TOO_LARGE, "read.problem.zipBomb"),
    /** {0} the sheets found, {1} the limit. */
    SHEETS(ReadProblem.Kind.TOO_LARGE, "read.problem.sheets"),
    /** {0} the limit, passed while counting. */
    SHEETS_COUNTED(ReadProblem.Kind.TOO_LARGE, "read.problem.sheetsCounted"),
    /** {0} the sheet's name, {1} the row reached, {2} the limit. */
    SHEET_ROWS(ReadProblem.Kind.TOO_LARGE, "read.problem.sheetRows"),
    /** {0} the row reached, {1} the limit. */
    ROWS(ReadProblem.Kind.TOO_LARGE, "read.problem.rows"),
    /** {0} the limit. */
    CELLS(ReadProblem.Kind.TOO_LARGE, "read.problem.cells"),
    /** {0} the limit. */
    CELL_TEXT(ReadProblem.Kind.TOO_LARGE, "read.problem.cellText"),
    /** {0} the limit. */
    SHARED_TEXT(ReadProblem.Kind.TOO_LARGE, "read.problem.sharedText"),
    /** Reading it exhausted the heap. */
    MEMORY(ReadProblem.Kind.TOO_LARGE, "read.problem.memory");

    private final ReadProblem.Kind kind;
    private final String messageKey;

    FileProblem(ReadProblem.Kind kind, String messageKey) {
        this.kind = kind;
        this.messageKey = messageKey;
    }

    /** {@link ReadProblem.Kind#UNREADABLE} or {@link ReadProblem.Kind#TOO_LARGE}. */
    public ReadProblem.Kind kind() {
        return kind;
    }

    /** The key of its text: the whole F01 message when unreadable, the limit passed when too large. */
    public String messageKey() {
        return messageKey;
    }

    /** Its text with the arguments the constant's comment names. */
    public String text(Object... arguments) {
        return Messages.text(messageKey, arguments);
    }
}
