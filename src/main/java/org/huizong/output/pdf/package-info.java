/**
 * The PDF writers the report and the assessment share: the comparison report and the ranking through JasperReports
 * templates (compiled by the build), 汇总报告 and the annual report drafts with OpenPDF; in the bundled font, embedded.
 */
package org.huizong.output.pdf;
