"""Loads a workbook with openpyxl and saves it unchanged, as any tool built on openpyxl does.

openpyxl keeps a formula's text but not its result: a formula it saves has an empty cached value.
Usage: openpyxl_resave.py SOURCE.xlsx TARGET.xlsx
"""
import sys

from openpyxl import load_workbook

source, target = sys.argv[1:3]
load_workbook(source).save(target)
