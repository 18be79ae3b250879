/**
 * Reads a submitted workbook against a form: the file checked against the limits, its sheets read into cell grids,
 * items found by their labels, values parsed; a file refused as a whole says why as a typed {@link FileProblem}.
 * <p>
 * Grids come through {@link GridReader}. The reference is {@link LibraryGridReader}, the workbook library's full model:
 * it reads whatever the library can open and is the behaviour the others must match. The streamed readers
 * ({@link OoxmlGridReader} for .xlsx, {@link BiffGridReader} for .xls) exist for speed and memory: a month brings
 * thousands of files, and the full model holds the whole package in memory (an .xls takes 1.4–2 ms against 0.5 ms).
 * They decline ({@link FastPathDeclined}) what they cannot read exactly as the reference would;
 * {@link WorkbookGridLoader} then reads the file by the reference, logs the decline and counts it
 * ({@code FastPath.STREAMED_READER}). Tests hold the streamed readers to the reference's grids on every fixture style
 * and on the committed hostile files.
 * <p>
 * Chinese here is vocabulary of bureaus' workbooks, not text shown to people, so it stays in code:
 * {@link ValueParser}'s words for zero (无, —) and the unit suffixes (件, 人次, 万元) it strips from figures.
 */
package org.huizong.form.read;
