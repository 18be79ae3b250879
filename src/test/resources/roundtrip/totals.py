"""The totals of a form as the Java test describes them (TotalCells): on which sheet, in which cell, the sum of which cells."""
import json

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string


def load(path):
    """The totals of the JSON file: a list of {"sheet", "cell", "parts"}."""
    with open(path, encoding="utf-8") as described:
        return json.load(described)["totals"]


def by_cell(path):
    """(sheet, cell) -> the formula text, without '=', for each total of the JSON file."""
    return {(total["sheet"], total["cell"]): sum_formula(total["parts"]) for total in load(path)}


def sum_formula(parts):
    """SUM over the parts as a clerk types it: one range when they are adjacent cells of a row or a column, else a list."""
    cells = [coordinate_from_string(part) for part in parts]
    columns = [column_index_from_string(letters) for letters, _ in cells]
    rows = [row for _, row in cells]
    in_one_column = len(set(columns)) == 1 and rows == list(range(rows[0], rows[0] + len(rows)))
    in_one_row = len(set(rows)) == 1 and columns == list(range(columns[0], columns[0] + len(columns)))
    if len(parts) > 1 and (in_one_column or in_one_row):
        return "SUM(%s:%s)" % (parts[0], parts[-1])
    return "SUM(%s)" % ",".join(parts)
