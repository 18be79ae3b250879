package org.huizong.form.read;

import java.util.List;
import java.util.Map;
import org.huizong.form.Heading;

/** The sheet column of each found column code, the sheet row of each found row code, and what was not found. */
record BlockPositions(Map<String, Integer> columns, Map<String, Integer> rows, List<Heading> missing) {}
