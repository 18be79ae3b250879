package org.huizong.form;

import java.util.List;

/**
 * The 问题清单 sheet a feedback workbook carries: written with the findings, read back when the bureau returns the
 * workbook with a 说明 (justification) beside a warning. Its columns speak to the clerk; the rule's code is kept in a
 * hidden column at the end for the reader (older workbooks headed that column 规则, which is read as well).
 */
public final class IssueList {

    public static final String SHEET = "问题清单";
    public static final String RULE = "规则代码";
    public static final String OLD_RULE = "规则";
    public static final String SHEET_NAME = "工作表";
    public static final String CELL = "单元格";
    public static final String JUSTIFICATION = "单位说明";
    /** The column saying what the problem is. */
    public static final String EXPLANATION = "问题说明";

    public static final List<String> HEADER = List.of(
            "序号", "问题类型", "严重程度", SHEET_NAME, CELL, "行", "列", "填报数", "应为", "差额", EXPLANATION, JUSTIFICATION, RULE);
    /** Column widths in characters; the rule's code is hidden. */
    public static final List<Integer> WIDTHS = List.of(6, 20, 14, 8, 8, 22, 14, 9, 11, 9, 46, 26, 0);

    private IssueList() {}
}
