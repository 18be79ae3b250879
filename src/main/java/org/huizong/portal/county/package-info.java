/**
 * The county coordinator's pages: the completeness of the county's units for a period and returning a unit's current
 * version with a reason (an R-RETURN finding); and which units a user may see, asked by every page about a unit.
 * Owns portal_return; the return itself is the submission's (FileReturns).
 */
package org.huizong.portal.county;
