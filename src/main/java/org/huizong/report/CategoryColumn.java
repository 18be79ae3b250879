package org.huizong.report;

/** A column of the summary's table of 表一 by unit category and channel: an item and its heading. */
public record CategoryColumn(String item, String label) {}
