package org.huizong.form;

import java.util.List;

/**
 * The 问题清单 sheet a feedback workbook carries: written with the findings, read back when the bureau returns the
 * workbook with a 说明 (justification) beside a warning.
 */
public final class IssueList {

    public static final String SHEET = "问题清单";
    public static final String RULE = "规则";
    public static final String SHEET_NAME = "工作表";
    public static final String CELL = "单元格";
    public static final String JUSTIFICATION = "单位说明";
    public static final List<String> HEADER = List.of("序号", RULE, "严重程度", SHEET_NAME, CELL, "行", "列", "左值", "右值", "问题说明", JUSTIFICATION);

    private IssueList() {
    }
}
