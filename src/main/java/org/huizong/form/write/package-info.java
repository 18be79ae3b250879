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
 */
package org.huizong.form.write;
