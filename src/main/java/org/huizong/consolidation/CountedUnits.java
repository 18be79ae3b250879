package org.huizong.consolidation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model of the units a period counts, which {@link Consolidator} records: who they are, where their figures
 * are, and how many of the directory's units each county and category counts.
 */
public final class CountedUnits {

    /** A counted unit and where its figures are: its file, or (file null) its roll-up of the year. */
    public record Counted(String uscc, String name, String formCode, Long fileId) {}

    /** A counted unit with its county, as the period's directory has it. */
    public record InCounty(String uscc, String name, Long fileId, String countyCode, String countyName) {}

    /** A unit of the directory that counts, with its category. */
    public record Listed(String name, String uscc, String countyName, String category) {}

    /** How many units of the directory a county or category has, and how many of them count. */
    public record Coverage(String code, String name, long active, long counted) {}

    private static final RowMapper<Counted> COUNTED = (rs, n) -> new Counted(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4));

    private final JdbcClient jdbc;

    public CountedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The USCCs of the units the period counts. */
    public Set<String> usccs(String period) {
        return new HashSet<>(
                jdbc.sql("""
                SELECT uscc FROM counted_unit WHERE period = :period
                """).param("period", period).query(String.class).list());
    }

    /** By USCC, every unit the period counts. */
    public Map<String, Counted> all(String period) {
        Map<String, Counted> units = new HashMap<>();
        jdbc.sql("SELECT uscc, name, form_code, file_id FROM counted_unit WHERE period = :period")
                .param("period", period)
                .query(COUNTED)
                .list()
                .forEach(unit -> units.put(unit.uscc(), unit));
        return units;
    }

    /** The periods from {@code first} up to, not including, {@code before} that count any unit, in order. */
    public List<String> periodsCounted(String first, String before) {
        return jdbc.sql("""
                SELECT DISTINCT period FROM counted_unit WHERE period >= :first AND period < :period ORDER BY period
                """)
                .param("first", first)
                .param("period", before)
                .query(String.class)
                .list();
    }

    /** The counted units in the order of the table's key (the database need not sort them). */
    public List<Counted> byUscc(String period) {
        return jdbc.sql(
                        "SELECT uscc, name, form_code, file_id FROM counted_unit WHERE period = :period ORDER BY period, uscc")
                .param("period", period)
                .query(COUNTED)
                .list();
    }

    /** The unit, when the period counts it. */
    public Optional<Counted> of(String period, String uscc) {
        return jdbc.sql(
                        "SELECT uscc, name, form_code, file_id FROM counted_unit WHERE period = :period AND uscc = :uscc")
                .param("period", period)
                .param("uscc", uscc)
                .query(COUNTED)
                .optional();
    }

    /** The counted units by county code, then name and USCC. */
    public List<InCounty> byCounty(String period) {
        return jdbc.sql("""
                SELECT cu.uscc, cu.name, cu.file_id, u.county_code, u.county_name
                FROM counted_unit cu JOIN period_unit u ON u.period = cu.period AND u.uscc = cu.uscc
                WHERE cu.period = :period ORDER BY u.county_code, cu.name, cu.uscc
                """)
                .param("period", period)
                .query((rs, n) -> new InCounty(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The directory's units that count, by county code, then their directory name and USCC. */
    public List<Listed> inDirectoryOrder(String period) {
        return jdbc.sql("""
                SELECT u.name, u.uscc, u.county_name, u.category FROM period_unit u
                WHERE u.period = :period AND EXISTS (SELECT 1 FROM counted_unit cu WHERE cu.period = u.period
                      AND cu.uscc = u.uscc)
                ORDER BY u.county_code, u.name, u.uscc
                """)
                .param("period", period)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** For each county, or each category, by code: its units in the directory and those it counts. */
    public List<Coverage> coverage(String period, Scope scope) {
        String[] columns = switch (scope) {
            case COUNTY -> new String[] {"u.county_code", "u.county_name"};
            case CATEGORY -> new String[] {"u.category", "u.category"};
            default -> throw new IllegalArgumentException("coverage is by county or category, not " + scope);
        };
        return jdbc.sql("""
                SELECT %1$s, %2$s, COUNT(*), SUM(CASE WHEN cu.uscc IS NULL THEN 0 ELSE 1 END)
                FROM period_unit u LEFT JOIN counted_unit cu ON cu.period = u.period AND cu.uscc = u.uscc
                WHERE u.period = :period GROUP BY %1$s, %2$s ORDER BY %1$s
                """.formatted(columns[0], columns[1]))
                .param("period", period)
                .query((rs, n) -> new Coverage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
