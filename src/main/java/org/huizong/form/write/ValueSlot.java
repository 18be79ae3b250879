package org.huizong.form.write;

import org.huizong.form.ItemDescriptor;

/** Where an item's value goes in a sheet plan; the slot spans to {@code lastColumn} when the block is narrower than the sheet. */
public record ValueSlot(ItemDescriptor item, int row, int column, int lastColumn) {}
