package org.huizong.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.huizong.unit.Unit;
import org.huizong.validation.CrossUnitRules;
import org.huizong.validation.CurrentSubmission;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the cross-unit rules over a period's current versions and stores their findings, replacing those of an earlier
 * run; the status of each current file is derived again from all its findings.
 */
public final class CrossUnitFindings {

    /** The stored fingerprint of a file with no values, or only zeros. */
    private static final String NONE = "";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final StoredValues storedValues;
    private final CrossUnitRules rules = new CrossUnitRules();
    private final ReceivedFileStore receivedFiles;
    private final FileStatuses statuses;
    private final FindingStore findingStore;

    public CrossUnitFindings(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.storedValues = new StoredValues(jdbc);
        this.batch = batch;
        this.receivedFiles = new ReceivedFileStore(jdbc, batch);
        this.statuses = new FileStatuses(jdbc, receivedFiles);
        this.findingStore = new FindingStore(jdbc, batch);
    }

    /** Checks the period, where for a year the units of {@code standIns} send through their months. */
    public int check(RunContext run, LocalDate runDay, AnnualStandIns standIns) {
        String period = run.period().code();
        jdbc.sql("DELETE FROM period_finding WHERE period = :period")
                .param("period", period)
                .update();
        List<CurrentSubmission> current = currentSubmissions(period);
        Set<String> received = new HashSet<>(jdbc.sql(
                        "SELECT DISTINCT unit_uscc FROM received_file WHERE period = :period AND unit_uscc IS NOT NULL")
                .param("period", period)
                .query(String.class)
                .list());
        List<Unit> silent = run.directory().activeIn(run.period()).stream()
                .filter(u -> !received.contains(u.uscc()) && !standIns.standsIn(u.uscc()))
                .toList();
        LocalDate deadline = run.period()
                .deadline(run.city().monthlyDeadlineDay(), run.city().annualDeadline());
        CrossUnitRules.Result result = rules.check(run.period(), deadline, current, silent, runDay);
        Set<Long> touched = replaceChanged(period, result.byFile());
        Map<Long, List<Finding>> changed = new LinkedHashMap<>();
        result.byFile().forEach((fileId, findings) -> {
            if (touched.contains(fileId)) {
                changed.put(fileId, findings);
            }
        });
        int stored = findingStore.addCrossUnit(changed);
        Map<String, Unit> byUscc = new HashMap<>();
        silent.forEach(u -> byUscc.put(u.uscc(), u));
        batch.batchUpdate(
                """
                INSERT INTO period_finding (period, unit_uscc, unit_name, rule, severity, message)
                VALUES (:period, :uscc, :name, :rule, :severity, :message)
                """,
                result.byMissingUnit().entrySet().stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("period", period)
                                .addValue("uscc", e.getKey())
                                .addValue("name", byUscc.get(e.getKey()).name())
                                .addValue("rule", e.getValue().rule())
                                .addValue("severity", e.getValue().severity().name())
                                .addValue("message", e.getValue().message() + missingMonths(standIns, e.getKey())))
                        .toArray(SqlParameterSource[]::new));
        touched.forEach(statuses::refresh);
        return stored + result.byMissingUnit().size();
    }

    /**
     * Removes the stored cross-unit findings of the files whose findings came out otherwise than stored (in rule,
     * severity, message or the 说明 they would carry) and returns those files: only their findings are stored again and
     * only their statuses derived again. Most files of a rerun keep theirs.
     */
    private Set<Long> replaceChanged(String period, Map<Long, List<Finding>> byFile) {
        Map<Long, List<String>> stored = new HashMap<>();
        jdbc.sql("""
                SELECT x.file_id, x.rule, x.severity, x.message, x.justification FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :period AND x.source = :source ORDER BY x.file_id, x.ordinal
                """)
                .param("period", period)
                .param("source", FindingSource.CROSS_UNIT.code())
                .query(rs -> {
                    stored.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(String.join(
                                    "\u001f",
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    String.valueOf(rs.getString(5))));
                });
        Map<String, String> answers = new HashMap<>();
        jdbc.sql("""
                SELECT j.file_id, j.rule, MIN(j.justification) FROM file_justification j JOIN received_file f ON f.id = j.file_id
                WHERE f.period = :period GROUP BY j.file_id, j.rule
                """).param("period", period).query(rs -> {
            answers.put(rs.getLong(1) + "\u001f" + rs.getString(2), rs.getString(3));
        });
        Set<Long> changed = new HashSet<>();
        Set<Long> files = new HashSet<>(stored.keySet());
        files.addAll(byFile.keySet());
        for (Long file : files) {
            List<String> now = byFile.getOrDefault(file, List.of()).stream()
                    .map(f -> String.join(
                            "\u001f",
                            f.rule(),
                            f.severity().name(),
                            f.message(),
                            String.valueOf(
                                    f.severity() == Severity.WARNING ? answers.get(file + "\u001f" + f.rule()) : null)))
                    .toList();
            if (!now.equals(stored.getOrDefault(file, List.of()))) {
                changed.add(file);
            }
        }
        findingStore.remove(FindingSource.CROSS_UNIT, changed);
        return changed;
    }

    /** For a year: which months of the unit were not accepted, so the roll-up could not stand in. */
    private static String missingMonths(AnnualStandIns standIns, String uscc) {
        String months = standIns.missingMonthsOf(uscc);
        return months.isEmpty() ? "" : Messages.text("submission.annual.missingMonths", months);
    }

    /**
     * The current versions with the fingerprints of their values. A file's fingerprint is worked out once, from its
     * values read one file at a time by the values' key (one query over a million values would have the database sort
     * them), and kept with the file: its values never change.
     */
    private List<CurrentSubmission> currentSubmissions(String period) {
        record Current(long id, String uscc, String name, java.time.LocalDateTime receivedAt, String content) {}
        List<Current> files = jdbc.sql("""
                SELECT id, unit_uscc, unit_name, received_at, values_sha256 FROM received_file
                WHERE period = :period AND is_current = TRUE ORDER BY id
                """)
                .param("period", period)
                .query((rs, n) -> new Current(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5)))
                .list();
        Map<Long, String> content = new HashMap<>();
        List<Long> unknown =
                files.stream().filter(f -> f.content() == null).map(Current::id).toList();
        Map<Long, String> worked = new LinkedHashMap<>();
        storedValues.forEachLocated(unknown, (fileId, values) -> {
            String fingerprint = CurrentSubmission.contentOf(values.figures());
            content.put(fileId, fingerprint);
            worked.put(fileId, fingerprint == null ? NONE : fingerprint);
        });
        receivedFiles.keepValueFingerprints(worked);
        return files.stream()
                .map(file -> new CurrentSubmission(
                        file.id(),
                        file.uscc(),
                        file.name(),
                        file.receivedAt(),
                        file.content() == null
                                ? content.get(file.id())
                                : file.content().equals(NONE) ? null : file.content()))
                .toList();
    }
}
