/**
 * The bureau's pages: its periods and status; uploads checked at once by the ingestion's own reading and validation,
 * held until submitted into {@code input/<period>/}; its findings, 说明, versions, template, feedback and annual draft.
 * Owns portal_upload and portal_upload_finding; a 说明 is stored by the submission's FindingStore.
 */
package org.huizong.portal.bureau;
