/**
 * The rules a submission is checked by: file and structure, cell values, the form's identities and level rules,
 * history (P-…) and cross-unit (U-…) rules, each failure a finding with its rule, severity, cell and Chinese message.
 */
package org.huizong.validation;
