/**
 * Writes workbooks and documents: forms in their official layout (templates, filled forms), summary, report and
 * long-table workbooks, feedback workbooks and official .docx.
 * <p>
 * Feedback workbooks go through {@link org.huizong.form.write.FeedbackWriter}. The reference is
 * {@code LibraryFeedbackWriter}, the workbook library's full model: it takes any workbook the library opens and is what
 * the other is held to. The streamed writer of {@code feedback} exists for speed: every received file gets a feedback
 * workbook, and copying the package part by part took the bench's feedback from 30 s to 4 s (README, Performance).
 * What it declines is written by the reference; {@link org.huizong.form.write.FeedbackWorkbookWriter} logs and counts
 * each decline ({@code FastPath.STREAMED_FEEDBACK}).
 * <p>
 * Texts written into outputs come from the bundle ({@code write.*}). Chinese that stays in code, none of it a text:
 * the font families (宋体, 黑体, 楷体, 仿宋 in CellStyles, PlainSheetDrawer, OfficialDocxWriter and
 * feedback/StyleAdditions), names the office software looks up; the 【】 marks MarkedText finds in a text to set
 * apart in red (a syntax of the texts); and the 〈label〉：〈value〉 form of FormWorkbookWriter's information line, which the reader
 * reads back as the fields (form/read InfoFieldReader).
 */
package org.huizong.form.write;
