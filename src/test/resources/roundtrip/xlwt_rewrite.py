"""Writes a workbook anew as a legacy .xls with xlwt from what openpyxl reads of it: every label and number, the
merged ranges, and each total as SUM(...) of its parts. xlwt stores no result with a formula (an empty-string
placeholder): whoever reads the file has to compute it.

Usage: xlwt_rewrite.py SOURCE.xlsx TARGET.xls TOTALS.json
"""
import sys

import xlwt

import content

source, target, described = sys.argv[1:4]
workbook = xlwt.Workbook(encoding="utf-8")
for title, merges, cells in content.sheets(source, described):
    written = workbook.add_sheet(title)
    for first_row, first_column, last_row, last_column, label in merges:
        written.write_merge(first_row, last_row, first_column, last_column, label)
    for row, column, value, formula in cells:
        written.write(row, column, value if formula is None else xlwt.Formula(formula))
workbook.save(target)
