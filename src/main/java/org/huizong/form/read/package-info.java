/**
 * Reads a submitted workbook against a form: the file checked against the limits, its sheets streamed into cell grids
 * (a declined file read by the workbook library, the reference path), items found by their labels, values parsed.
 */
package org.huizong.form.read;
