package org.huizong.roundtrip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.huizong.demo.DemoUnit;
import org.huizong.demo.DemoUsccCodes;
import org.huizong.demo.UnitsCsv;

/**
 * One way a clean workbook of the project passes through a foreign writer before a bureau sends it: the writer, the
 * original it starts from (totals as plain values or as formulas) and what it writes. Each round trip is the
 * submission of a unit of its own, with values of its own, so a figure swapped between units shows too.
 */
enum RoundTrip {
    LIBREOFFICE_XLSX(
            "LibreOffice re-saves as .xlsx",
            false,
            ".xlsx",
            (writers, source, totals, target) -> writers.libreOffice(source, "xlsx", target)),
    LIBREOFFICE_XLSX_FORMULAS(
            "LibreOffice re-saves as .xlsx, totals as formulas",
            true,
            ".xlsx",
            (writers, source, totals, target) -> writers.libreOffice(source, "xlsx", target)),
    LIBREOFFICE_XLS(
            "LibreOffice re-saves as .xls",
            false,
            ".xls",
            (writers, source, totals, target) -> writers.libreOffice(source, "xls", target)),
    LIBREOFFICE_XLS_FORMULAS(
            "LibreOffice re-saves as .xls, totals as formulas",
            true,
            ".xls",
            (writers, source, totals, target) -> writers.libreOffice(source, "xls", target)),
    GNUMERIC_XLSX(
            "Gnumeric ssconvert .xlsx to .xlsx",
            false,
            ".xlsx",
            (writers, source, totals, target) -> writers.gnumeric(source, target)),
    GNUMERIC_XLSX_FORMULAS(
            "Gnumeric ssconvert .xlsx to .xlsx, totals as formulas",
            true,
            ".xlsx",
            (writers, source, totals, target) -> writers.gnumeric(source, target)),
    GNUMERIC_XLS(
            "Gnumeric ssconvert .xlsx to .xls",
            false,
            ".xls",
            (writers, source, totals, target) -> writers.gnumeric(source, target)),
    GNUMERIC_XLS_FORMULAS(
            "Gnumeric ssconvert .xlsx to .xls, totals as formulas",
            true,
            ".xls",
            (writers, source, totals, target) -> writers.gnumeric(source, target)),
    OPENPYXL_RESAVE(
            "openpyxl loads and saves",
            false,
            ".xlsx",
            (writers, source, totals, target) -> writers.python("openpyxl_resave.py", source, target)),
    OPENPYXL_RESAVE_FORMULAS(
            "openpyxl loads and saves, totals as formulas",
            true,
            ".xlsx",
            (writers, source, totals, target) -> writers.python("openpyxl_resave.py", source, target)),
    OPENPYXL_SUM_TOTALS(
            "openpyxl types =SUM() into every total",
            false,
            ".xlsx",
            (writers, source, totals, target) -> writers.python("openpyxl_sum_totals.py", source, target, totals)),
    XLSXWRITER_FORMULAS(
            "xlsxwriter writes anew, totals as =SUM()",
            false,
            ".xlsx",
            (writers, source, totals, target) -> writers.python("xlsxwriter_rewrite.py", source, target, totals)),
    XLWT_FORMULAS(
            "xlwt writes an .xls anew, totals as SUM()",
            false,
            ".xls",
            (writers, source, totals, target) -> writers.python("xlwt_rewrite.py", source, target, totals));

    /** What a writer does with the original; {@code totals} is the JSON of {@link TotalCells} for it. */
    interface Conversion {
        void run(ForeignWriters writers, Path source, Path totals, Path target) throws IOException;
    }

    private static final String COUNTY_CODE = "990102";
    private static final String COUNTY = "东城区";

    private final String label;
    private final boolean formulaTotals;
    private final String extension;
    private final Conversion conversion;

    RoundTrip(String label, boolean formulaTotals, String extension, Conversion conversion) {
        this.label = label;
        this.formulaTotals = formulaTotals;
        this.extension = extension;
        this.conversion = conversion;
    }

    /** Whether the original has its totals as formulas (with their results) rather than as typed numbers. */
    boolean formulaTotals() {
        return formulaTotals;
    }

    /** The extension of the file the writer makes. */
    String extension() {
        return extension;
    }

    void convert(ForeignWriters writers, Path source, Path totals, Path target) throws IOException {
        conversion.run(writers, source, totals, target);
    }

    /** The seed of this round trip's {@link org.huizong.fixtures.ConsistentValues}. */
    long seed() {
        return 1500 + ordinal();
    }

    String unitName() {
        return COUNTY + "往返核对单位" + (ordinal() + 1);
    }

    String uscc() {
        return DemoUsccCodes.of('1', '1', COUNTY_CODE, String.format("0%07d", 4_200_000 + ordinal()));
    }

    /** The folder of the month's input the round-tripped workbook is dropped in. */
    String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The unit directory of every round trip's unit: county departments of 东城区. */
    static String unitsCsv() {
        List<DemoUnit> units = Arrays.stream(values())
                .map(trip -> new DemoUnit(
                        trip.uscc(),
                        trip.unitName(),
                        List.of(),
                        COUNTY_CODE,
                        COUNTY,
                        DemoUnit.COUNTY_DEPT,
                        "市场监管",
                        "",
                        ""))
                .toList();
        return UnitsCsv.format(units);
    }

    @Override
    public String toString() {
        return label;
    }
}
