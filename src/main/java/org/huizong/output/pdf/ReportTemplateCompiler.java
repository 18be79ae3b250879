package org.huizong.output.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (process-classes): compiles each report template {@code reports/*.jrxml} into the {@code .jasper}
 * beside it, so that a run loads them instead of compiling them (about a second of every monthly job).
 */
public final class ReportTemplateCompiler {

    private ReportTemplateCompiler() {}

    /** {@code args[0]}: the folder of the templates, as copied to the build's classes. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        for (String name : ReportTemplates.NAMES) {
            Path source = folder.resolve(name + ".jrxml");
            Path compiled = folder.resolve(name + ReportTemplates.COMPILED);
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(source)) > 0) {
                continue;
            }
            try {
                JasperCompileManager.compileReportToFile(source.toString(), compiled.toString());
            } catch (JRException e) {
                throw new IllegalStateException("cannot compile the report template " + source, e);
            }
        }
    }
}
