/**
 * What a period publishes besides the ranking: the CSV outputs, 汇总表 and 汇总报告, 对比分析, 校验报告, each unit's
 * feedback workbook, the annual tables and report drafts; and the reading of consolidated figures. Owns
 * feedback_written.
 */
package org.huizong.report;
