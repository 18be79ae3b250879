/**
 * The streamed feedback writer: copies an .xlsx original part by part and rewrites only the parts that change (marked
 * sheets, comments, styles, workbook); what it declines is written through the workbook library instead.
 */
package org.huizong.form.write.feedback;
