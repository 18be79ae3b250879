/**
 * The web portal ({@code serve}): security, sessions, the audit log, error pages and what every page shares; each
 * role's pages are a sub-package (bureau, county, office, assessor), with unit, user and login beside them.
 * Owns portal_audit and the session tables; writes of other features' tables go through their owners.
 */
package org.huizong.portal;
