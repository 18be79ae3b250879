/**
 * Forms as data: the descriptors read from YAML (sheets, blocks, labels, items, identities, carry-overs, history
 * checks), the form catalog, report periods and label comparison; reading and writing workbooks are the sub-packages,
 * whose fast paths beside the workbook library count their declines in {@link org.huizong.form.FastPath}.
 * <p>
 * Its texts are in the bundle ({@code form.*}) but for the Chinese that is part of a file format or is read from
 * bureaus' workbooks, which stays in code: {@link org.huizong.form.IssueList}'s sheet name and header, written into
 * every feedback workbook and read back from a returned one to find the rule and the 单位说明;
 * {@link org.huizong.form.LabelText}'s enumeration numerals (一、, （三）) and quote marks, folded out of labels before
 * comparing them; {@link org.huizong.form.ReportPeriod}'s 年/月/度, which parse the period a bureau wrote.
 */
package org.huizong.form;
