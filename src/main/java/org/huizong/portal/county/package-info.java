/**
 * The county coordinator's pages: the completeness of the county's units for a period and returning a unit's current
 * version with a reason (an R-RETURN finding); and which units a user may see, asked by every page about a unit.
 */
package org.huizong.portal.county;
