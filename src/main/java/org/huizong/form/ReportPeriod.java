package org.huizong.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.text.Messages;

/** A reporting period: a month ({@code 2026-10}, form GIA-M) or a year ({@code 2026}, form GIA-Y). */
public record ReportPeriod(PeriodKind kind, int year, int month) implements Comparable<ReportPeriod> {

    private static final Pattern WRITTEN_MONTH = Pattern.compile("(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*月?");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(\\d{4})\\s*年?(?:度)?");

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month.getYear(), month.getMonthValue());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodKind.YEAR, year, 0);
    }

    /** Parses the code used on the command line and in folders: {@code 2026-10} or {@code 2026}. */
    public static ReportPeriod parse(String code) {
        if (code.matches("\\d{4}-\\d{2}")) {
            try {
                return month(YearMonth.parse(code));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("no such month: " + code, e);
            }
        }
        if (code.matches("\\d{4}")) {
            return year(Integer.parseInt(code));
        }
        throw new IllegalArgumentException(
                "a period is written 2026-10 (a month) or 2026 (a year), not '" + code + "'");
    }

    /** Reads a period as bureaus write it ({@code 2026年10月}, {@code 2026-10}, {@code 2026年}); null when unreadable. */
    public ReportPeriod parseWritten(String written) {
        String text = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC)
                .strip();
        if (kind == PeriodKind.MONTH) {
            Matcher m = WRITTEN_MONTH.matcher(text);
            if (m.find() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            return null;
        }
        Matcher m = WRITTEN_YEAR.matcher(text);
        return m.find() ? year(Integer.parseInt(m.group(1))) : null;
    }

    public String code() {
        if (kind != PeriodKind.MONTH) {
            return String.valueOf(year);
        }
        String yearDigits = year >= 1000 ? String.valueOf(year) : String.format("%04d", year);
        return yearDigits + (month < 10 ? "-0" : "-") + month; // asked for several times per file: no format parsing
    }

    /** How the period is written on a form: {@code 2026年10月} or {@code 2026年}. */
    public String label() {
        return kind == PeriodKind.MONTH
                ? Messages.text("form.period.month", year, month)
                : Messages.text("form.period.year", year);
    }

    public ReportPeriod previous() {
        return kind == PeriodKind.MONTH ? month(yearMonth().minusMonths(1)) : year(year - 1);
    }

    public YearMonth yearMonth() {
        return kind == PeriodKind.MONTH ? YearMonth.of(year, month) : YearMonth.of(year, 12);
    }

    /** The first and last month the period covers. */
    public YearMonth firstMonth() {
        return kind == PeriodKind.MONTH ? yearMonth() : YearMonth.of(year, 1);
    }

    public YearMonth lastMonth() {
        return yearMonth();
    }

    /** The due date: day {@code monthlyDay} of the next month, or {@code annual} (MM-DD) of the next year. */
    public LocalDate deadline(int monthlyDay, String annualMonthDay) {
        if (kind == PeriodKind.MONTH) {
            YearMonth next = yearMonth().plusMonths(1);
            return next.atDay(Math.min(monthlyDay, next.lengthOfMonth()));
        }
        return LocalDate.parse((year + 1) + "-" + annualMonthDay);
    }

    public String formCode() {
        return kind == PeriodKind.MONTH ? FormCatalog.MONTHLY : FormCatalog.ANNUAL;
    }

    @Override
    public int compareTo(ReportPeriod other) {
        return code().compareTo(other.code());
    }

    @Override
    public String toString() {
        return code();
    }
}
