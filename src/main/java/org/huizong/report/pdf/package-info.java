/**
 * The PDFs: the comparison report and the ranking through JasperReports templates (compiled by the build), 汇总报告
 * and the annual report drafts written with OpenPDF; all in the bundled Noto Sans CJK SC font, embedded.
 */
package org.huizong.report.pdf;
