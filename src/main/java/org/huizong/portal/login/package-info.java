/**
 * Login throttling: after repeated failures a username, or a client address, is locked for a few minutes, and its
 * logins are refused without the password being checked.
 */
package org.huizong.portal.login;
