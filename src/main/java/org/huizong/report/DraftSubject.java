package org.huizong.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Whose annual report a draft is and the year's figures it is written from.
 *
 * @param figures               the annual form's figures: the unit's own, or a county's or the city's consolidated ones
 * @param monthly               表一 (which the annual form lacks) over the year: the unit's accepted months added up, or
 *                              its counted units' together
 * @param monthsMissing         a unit's months of the year whose monthly workbook is not accepted (一、二月), else empty
 * @param unitsMissingMonths    of a county's or the city's counted units, how many lack some accepted month
 * @param previousApplications  new applications (T3.R01.C7) of the year before, null when that year is not consolidated
 * @param counted               the units the figures count (1 for a unit)
 * @param active                the units that were to report
 */
record DraftSubject(
        Kind kind,
        String name,
        Map<String, BigDecimal> figures,
        Map<String, BigDecimal> monthly,
        int monthsAccepted,
        String monthsMissing,
        int unitsMissingMonths,
        BigDecimal previousApplications,
        int counted,
        int active) {

    /** A unit's own report, or a county's or the city's with consolidated figures. */
    enum Kind {
        UNIT,
        COUNTY,
        CITY
    }

    DraftSubject {
        figures = Map.copyOf(figures);
        monthly = Map.copyOf(monthly);
    }
}
