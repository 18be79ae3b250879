package org.huizong.form.read;

import org.huizong.form.CellAddress;
import org.huizong.form.ItemDescriptor;

/** Where an item was found in a submitted workbook and the cell there (null when the cell is empty). */
public record ItemCell(ItemDescriptor item, String sheetName, CellAddress address, GridCell cell) {}
