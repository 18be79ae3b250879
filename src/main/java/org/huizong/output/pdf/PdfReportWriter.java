package org.huizong.output.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.huizong.form.write.ReportCell;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.huizong.output.pdf.ChartRow.ChartPoint;
import org.huizong.text.Messages;

/**
 * Writes a {@link PdfDocument} with the report templates and the bundled font (embedded): the file appears under its
 * final name only when complete. A table wider than the page's seven value columns continues in a second table
 * that repeats the label column.
 */
public final class PdfReportWriter {

    static final int VALUE_COLUMNS = 7;
    /** The width and font size of a section's text in document.jrxml. */
    private static final float TEXT_WIDTH = 535;

    private static final float TEXT_SIZE = 9;
    /** Filled pages kept in memory; the rest wait in a temporary swap file (a ranking of thousands runs to thousands of pages). */
    private static final int PAGES_IN_MEMORY = 50;

    private final ReportTemplates templates = new ReportTemplates();

    public void write(PdfDocument document, Path target) throws IOException {
        ReportTemplates.Compiled compiled = templates.get();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title());
        parameters.put("SUBTITLE", document.subtitle());
        parameters.put("FOOTER", document.footer());
        parameters.put("GRID", compiled.grid());
        parameters.put("CHARTS", compiled.charts());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        List<Map<String, ?>> sections = new ArrayList<>();
        for (PdfSection section : document.sections()) {
            for (Map<String, Object> record : records(section)) {
                record.put("index", sections.size());
                sections.add(record);
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(
                PAGES_IN_MEMORY, new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true);
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        try {
            JasperPrint print = JasperFillManager.fillReport(
                    compiled.document(), parameters, new JRMapCollectionDataSource(sections));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(partial.toFile()));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(document.title());
            configuration.setMetadataCreator(Messages.text("output.pdf.creator"));
            configuration.setCompressed(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            virtualizer.cleanup();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The section as the template's records: one, or one per slice of a wide table. */
    private static List<Map<String, Object>> records(PdfSection section) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<ReportTable> slices = section.table() == null ? List.of() : slices(section.table());
        for (int i = 0; i < Math.max(1, slices.size()); i++) {
            ReportTable table = slices.isEmpty() ? null : slices.get(i);
            Map<String, Object> record = new HashMap<>();
            record.put("newPage", i == 0 && section.newPage());
            record.put("heading", i == 0 ? section.heading() : null);
            List<String> lines = new ArrayList<>(i == 0 ? section.lines() : List.of());
            if (table != null && table.caption() != null) {
                lines.add(i > 0 ? Messages.text("output.pdf.continued", table.caption()) : table.caption());
            }
            record.put(
                    "text",
                    lines.isEmpty() ? null : LineBreaks.wrapped(String.join("\n", lines), TEXT_WIDTH, TEXT_SIZE));
            if (table != null) {
                record.put(
                        "header",
                        table.header().stream().map(PdfReportWriter::headerText).toList());
                record.put("rows", new JRMapCollectionDataSource(rows(table)));
                record.put(
                        "centered",
                        table.rows().stream().flatMap(r -> r.cells().stream()).noneMatch(ReportCell::isNumber));
            }
            if (i == 0 && !section.charts().isEmpty()) {
                record.put(
                        "charts",
                        new JRMapCollectionDataSource(section.charts().stream()
                                .map(PdfReportWriter::chart)
                                .toList()));
            }
            records.add(record);
        }
        return records;
    }

    /** A heading breaks before its bracketed part, which reads better than a bracket cut anywhere by a narrow column. */
    private static String headerText(String text) {
        int bracket = text.indexOf('（');
        return bracket > 0 && !text.contains("\n") ? text.substring(0, bracket) + "\n" + text.substring(bracket) : text;
    }

    private static List<ReportTable> slices(ReportTable table) {
        List<ReportTable> slices = new ArrayList<>();
        for (int from = 0; from < Math.max(1, table.valueColumns()); from += VALUE_COLUMNS) {
            int to = Math.min(table.valueColumns(), from + VALUE_COLUMNS);
            int first = from;
            List<String> header = new ArrayList<>(List.of(table.header().get(0)));
            header.addAll(table.header().subList(1 + from, 1 + to));
            List<ReportRow> rows = table.rows().stream()
                    .map(r -> new ReportRow(
                            r.label(),
                            r.emphasis(),
                            r.cells().subList(first, Math.min(to, r.cells().size()))))
                    .toList();
            slices.add(new ReportTable(table.caption(), header, rows));
        }
        return slices;
    }

    private static List<Map<String, ?>> rows(ReportTable table) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportRow row : table.rows()) {
            Map<String, Object> record = new HashMap<>();
            record.put("label", row.label());
            record.put("emphasis", row.emphasis().name());
            List<ReportCell> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                record.put("c" + (c + 1), cells.get(c).text());
            }
            rows.add(record);
        }
        return rows;
    }

    private static Map<String, ?> chart(ChartRow chart) {
        Map<String, Object> record = new HashMap<>();
        record.put("title", chart.title());
        record.put("axis", chart.axis());
        record.put("barTitle", chart.barTitle());
        record.put("bars", new JRMapCollectionDataSource(points(chart.bars())));
        record.put("trendTitle", chart.trendTitle());
        record.put("trend", new JRMapCollectionDataSource(points(chart.trend())));
        return record;
    }

    private static List<Map<String, ?>> points(List<ChartPoint> points) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (ChartPoint point : points) {
            Map<String, Object> record = new HashMap<>();
            record.put("category", point.category());
            record.put("value", point.value());
            record.put("label", point.label());
            record.put("series", point.highlighted() ? "highlighted" : "plain");
            records.add(record);
        }
        return records;
    }
}
