/**
 * The fast path of the feedback writer: copies an .xlsx original part by part and rewrites only the parts that change
 * (marked sheets, comments, styles, workbook), instead of loading and saving the workbook library's model.
 * <p>
 * The reference is the library's writer in {@code form.write}; tests hold this one to its output on every fixture style
 * and on the committed hostile workbooks. What it does not cover it declines with a
 * {@link org.huizong.form.write.feedback.DeclinedPackageException}, and the reference writes that workbook instead.
 * <p>
 * Its texts come from the bundle through {@code form.write}; the one Chinese word in code, 宋体 in StyleAdditions, is
 * the font family the office software looks up, as in the reference's styles.
 */
package org.huizong.form.write.feedback;
