/**
 * The command line (picocli): monthly, annual, template, demo, bench, serve, user and worker, with their options and
 * usage errors in Chinese; a job runs in a Spring context of its own, with a progress bar and a closing summary.
 */
package org.huizong.cli;
