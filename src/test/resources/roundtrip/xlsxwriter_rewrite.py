"""Writes a workbook anew with xlsxwriter from what openpyxl reads of it: every label and number, the merged
ranges, and each total as =SUM(...) of its parts with xlsxwriter's default cached result, 0 (the workbook asks
Excel to recalculate everything on load).

Usage: xlsxwriter_rewrite.py SOURCE.xlsx TARGET.xlsx TOTALS.json
"""
import sys

import xlsxwriter

import content

source, target, described = sys.argv[1:4]
workbook = xlsxwriter.Workbook(target)
for title, merges, cells in content.sheets(source, described):
    written = workbook.add_worksheet(title)
    for first_row, first_column, last_row, last_column, label in merges:
        written.merge_range(first_row, first_column, last_row, last_column, label)
    for row, column, value, formula in cells:
        if formula is not None:
            written.write_formula(row, column, "=" + formula)
        elif isinstance(value, str):
            written.write_string(row, column, value)
        else:
            written.write(row, column, value)
workbook.close()
