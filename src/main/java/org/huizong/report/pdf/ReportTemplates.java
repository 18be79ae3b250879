package org.huizong.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report templates ({@code reports/*.jrxml}), compiled the first time a PDF is written and kept for the life of
 * the process: never once per page, scope or report.
 */
final class ReportTemplates {

    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);

    private volatile Compiled compiled;

    /** The document, its table and its charts. */
    record Compiled(JasperReport document, JasperReport grid, JasperReport charts) {
    }

    Compiled get() {
        Compiled current = compiled;
        if (current == null) {
            synchronized (this) {
                current = compiled;
                if (current == null) {
                    long start = System.nanoTime();
                    current = new Compiled(compile("document"), compile("grid"), compile("charts"));
                    compiled = current;
                    log.info("report templates compiled in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return current;
    }

    private static JasperReport compile(String name) {
        String resource = "/reports/" + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile the report template " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
