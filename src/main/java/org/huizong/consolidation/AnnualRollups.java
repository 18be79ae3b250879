package org.huizong.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huizong.form.TimeRollup;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.unit.Unit;
import org.huizong.validation.AcceptedHistory;
import org.huizong.validation.AnnualMonths;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rolls every unit active in some month of a year up to the annual form, and records which months it had: a unit
 * is complete only when every month it was active in is accepted. Incomplete roll-ups are kept and reported, never
 * consolidated. Like a file's values, a roll-up keeps its nonzero figures as rows: an item of the form without one is
 * zero.
 */
public final class AnnualRollups {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AcceptedHistory history;

    public AnnualRollups(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AcceptedHistory history) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.history = history;
    }

    /** Rolls up the year of {@code run}; returns the number of complete units. */
    public int rollUp(RunContext run) {
        String year = run.period().code();
        jdbc.sql("DELETE FROM annual_rollup WHERE period = :period")
                .param("period", year)
                .update();
        jdbc.sql("DELETE FROM annual_rollup_unit WHERE period = :period")
                .param("period", year)
                .update();
        int complete = 0;
        List<SqlParameterSource> values = new ArrayList<>();
        List<SqlParameterSource> units = new ArrayList<>();
        for (Unit unit : run.directory().activeIn(run.period())) {
            AnnualMonths months = AnnualMonths.of(unit.uscc(), run.period().year(), run.directory(), history);
            complete += months.isComplete() ? 1 : 0;
            units.add(new MapSqlParameterSource()
                    .addValue("period", year)
                    .addValue("uscc", unit.uscc())
                    .addValue("expected", months.expected().size())
                    .addValue("accepted", months.accepted().size())
                    .addValue(
                            "missing",
                            months.missing().stream()
                                    .map(m -> Messages.text("consolidation.rollup.month", m.getMonthValue()))
                                    .collect(Collectors.joining(Messages.text("consolidation.rollup.monthSeparator"))))
                    .addValue("complete", months.isComplete()));
            Map<String, BigDecimal> rolled = TimeRollup.rollUp(run.form(), months.values());
            rolled.forEach((item, figure) -> {
                if (figure.signum() != 0) {
                    values.add(new MapSqlParameterSource()
                            .addValue("period", year)
                            .addValue("uscc", unit.uscc())
                            .addValue("item", item)
                            .addValue("figure", figure));
                }
            });
        }
        batch.batchUpdate("""
                INSERT INTO annual_rollup_unit (period, unit_uscc, months_expected, months_accepted, missing_months, complete)
                VALUES (:period, :uscc, :expected, :accepted, :missing, :complete)
                """, units.toArray(SqlParameterSource[]::new));
        batch.batchUpdate(
                "INSERT INTO annual_rollup (period, unit_uscc, item, figure) VALUES (:period, :uscc, :item, :figure)",
                values.toArray(SqlParameterSource[]::new));
        return complete;
    }
}
