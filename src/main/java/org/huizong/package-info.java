/**
 * The application's entry point: {@code main} hands the arguments to the picocli command line ({@code cli}), which
 * decides what runs; each job, the portal and a worker start their own Spring context on this application class.
 */
package org.huizong;
