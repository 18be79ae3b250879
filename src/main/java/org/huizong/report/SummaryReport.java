package org.huizong.report;

import java.util.ArrayList;
import java.util.List;

import org.huizong.report.OfficialTables.OfficialTable;
import org.huizong.report.pdf.PdfDocument;
import org.huizong.report.pdf.PdfSection;

/**
 * 汇总报告.pdf: what the totals cover (counted units, every unit left out by name and status), the official tables
 * of the city and of each county (市本级 included), each on its own pages, and 表一 by unit category and channel.
 * It says what 汇总表.xlsx says: both are built from the same {@link SummaryContent}.
 */
final class SummaryReport {

    static final String FILE = "汇总报告.pdf";

    PdfDocument document(SummaryContent content, String subtitle) {
        List<PdfSection> sections = new ArrayList<>();
        sections.add(PdfSection.text(false, "汇总范围", content.coverage()));
        sections.add(PdfSection.table(false, null, content.countyCoverage()));
        if (!content.leftOutUnits().rows().isEmpty()) {
            sections.add(PdfSection.table(false, null, content.leftOutUnits()));
        }
        PeriodFigures figures = content.figures();
        OfficialTables official = new OfficialTables(content.form());
        if (figures.consolidated()) {
            scope(sections, "全市", content.scopeHeading(figures.city(), true), official.of(figures.city().values()));
            for (ScopeFigures county : figures.counties()) {
                scope(sections, county.name(), content.scopeHeading(county, false), official.of(county.values()));
            }
        }
        List<org.huizong.form.write.ReportTable> categories = content.categories();
        for (int i = 0; i < categories.size(); i++) {
            sections.add(PdfSection.table(i == 0, i == 0 ? "按单位类别和渠道" : null, categories.get(i)));
        }
        return new PdfDocument(content.title(), subtitle, content.title() + " · 汇总报告", sections);
    }

    private static void scope(List<PdfSection> sections, String name, String heading, List<OfficialTable> tables) {
        sections.add(PdfSection.text(true, name, List.of(heading)));
        String sheet = null;
        for (OfficialTable table : tables) {
            boolean first = !table.sheetTitle().equals(sheet);
            sections.add(PdfSection.table(false, first ? table.sheetTitle() : null, table.table()));
            sheet = table.sheetTitle();
        }
    }
}
