"""What openpyxl reads of a workbook, for the scripts that write it anew with another library."""
from openpyxl import load_workbook

import totals


def sheets(source, described):
    """Each sheet of SOURCE as (title, merged ranges, cells), zero-based.

    A merged range is (first_row, first_column, last_row, last_column, label); a cell is (row, column, value,
    formula), where formula is the SUM(...) text of a total of DESCRIBED (the JSON of TotalCells) and None elsewhere.
    The cells a merged range covers are left out.
    """
    formulas = totals.by_cell(described)
    for sheet in load_workbook(source, data_only=True).worksheets:
        merges = []
        covered = set()
        for merged in sheet.merged_cells.ranges:
            label = sheet.cell(merged.min_row, merged.min_col).value
            merges.append((merged.min_row - 1, merged.min_col - 1, merged.max_row - 1, merged.max_col - 1,
                           "" if label is None else label))
            covered.update((row, column) for row in range(merged.min_row, merged.max_row + 1)
                           for column in range(merged.min_col, merged.max_col + 1))
        cells = []
        for row in sheet.iter_rows():
            for cell in row:
                formula = formulas.get((sheet.title, cell.coordinate))
                if (cell.row, cell.column) not in covered and (cell.value is not None or formula is not None):
                    cells.append((cell.row - 1, cell.column - 1, cell.value, formula))
        yield sheet.title, merges, cells
