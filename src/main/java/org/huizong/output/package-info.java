/**
 * The plumbing of every file a run publishes, shared by the report and the assessment: CSV tables, file names any
 * system accepts, and the clearing of files a killed run left half-written; {@code output.pdf} writes the PDFs.
 */
package org.huizong.output;
