"""Loads a workbook with openpyxl, types =SUM(...) of its parts into every total cell and saves it.

openpyxl writes these formulas with an empty cached value: whoever reads the file has to compute them.
Usage: openpyxl_sum_totals.py SOURCE.xlsx TARGET.xlsx TOTALS.json
"""
import sys

from openpyxl import load_workbook

import totals

source, target, described = sys.argv[1:4]
workbook = load_workbook(source)
for (sheet, cell), formula in totals.by_cell(described).items():
    workbook[sheet][cell] = "=" + formula
workbook.save(target)
