/**
 * The city office's pages: the completeness grid, jobs started in the background with their live progress, the run
 * history with each failure's reason in Chinese, the outputs to download, and the audit log.
 */
package org.huizong.portal.office;
