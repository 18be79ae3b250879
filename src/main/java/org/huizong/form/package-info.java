/**
 * Forms as data: the descriptors read from YAML (sheets, blocks, labels, items, identities, carry-overs, history
 * checks), the form catalog, report periods and label comparison; reading and writing workbooks are the sub-packages.
 */
package org.huizong.form;
