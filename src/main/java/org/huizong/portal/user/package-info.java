/**
 * The portal's users and roles in {@code jobs/config/users.csv} (bcrypt hashes; a bureau bound to a unit, a coordinator
 * to a county), the changes the {@code user} command makes to that file, and the demo city's four users.
 */
package org.huizong.portal.user;
