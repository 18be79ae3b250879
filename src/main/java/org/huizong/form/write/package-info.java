/**
 * Writes workbooks and documents: forms in their official layout (templates, filled forms), summary, report and
 * long-table workbooks, feedback workbooks (streamed by {@code feedback}, else by the library) and official .docx.
 */
package org.huizong.form.write;
