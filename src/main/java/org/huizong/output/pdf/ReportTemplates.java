package org.huizong.output.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report templates ({@code reports/*.jrxml}), loaded the first time a PDF is written and kept for the life of the
 * process: never once per page, scope or report. The build compiles them ({@link ReportTemplateCompiler}); where a
 * compiled template is missing (classes built without the build's step), its source is compiled here.
 */
final class ReportTemplates {

    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);

    /** The templates, by name. */
    static final List<String> NAMES = List.of("document", "grid", "charts");
    /** What the build adds to a template's name for its compiled form. */
    static final String COMPILED = ".jasper";

    private volatile Compiled compiled;

    /** The document, its table and its charts. */
    record Compiled(JasperReport document, JasperReport grid, JasperReport charts) {}

    Compiled get() {
        Compiled current = compiled;
        if (current == null) {
            synchronized (this) {
                current = compiled;
                if (current == null) {
                    long start = System.nanoTime();
                    current = new Compiled(load("document"), load("grid"), load("charts"));
                    compiled = current;
                    log.info("report templates loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return current;
    }

    static JasperReport load(String name) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/" + name + COMPILED)) {
            if (in != null) {
                return (JasperReport) JRLoader.loadObject(in);
            }
        } catch (JRException e) {
            log.warn("the compiled report template {} cannot be loaded, its source is compiled instead", name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compile(name);
    }

    static JasperReport compile(String name) {
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
