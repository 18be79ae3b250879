/**
 * Forms as data: the descriptors read from YAML (sheets, blocks, labels, items, identities, carry-overs, history
 * checks), the form catalog, report periods and label comparison; reading and writing workbooks are the sub-packages,
 * whose fast paths beside the workbook library count their declines in {@link org.huizong.form.FastPath}.
 */
package org.huizong.form;
