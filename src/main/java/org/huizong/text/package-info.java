/**
 * The user's words: every Chinese text a clerk, the office or an assessor reads comes from {@code messages.properties}
 * through {@link org.huizong.text.Messages}. Below every feature, so that any of them can speak.
 */
package org.huizong.text;
