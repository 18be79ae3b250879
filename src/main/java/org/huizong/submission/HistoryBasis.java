package org.huizong.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.period.RunContext;
import org.huizong.system.ConfigurationDigest;
import org.huizong.unit.Unit;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fingerprint of everything the history rules read when they judge a file: the file itself, its unit as the
 * directory has it, every accepted current file of that unit in other periods (the rules look back months and years,
 * and a year through its months, never at the file's own period), the file's 说明, the configuration and the program. While a file's fingerprint is
 * the one recorded when it was last judged, judging it again would give the same findings.
 */
final class HistoryBasis {

    private final JdbcClient jdbc;

    HistoryBasis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprints of the run's period's files, ready to be asked file by file. */
    Fingerprints of(RunContext run) {
        MessageDigest common = ConfigurationDigest.sha256();
        common.update((run.period().code() + '\n' + run.form().code() + '\n').getBytes(StandardCharsets.UTF_8));
        ConfigurationDigest.update(common, run.configDir());
        Map<String, StringBuilder> accepted = new HashMap<>();
        jdbc.sql("""
                SELECT unit_uscc, period, id FROM received_file
                WHERE is_current = TRUE AND status IN (:counted) AND unit_uscc IS NOT NULL
                AND period <> :period ORDER BY unit_uscc, period, id
                """)
                .param("counted", SubmissionStatus.COUNTED)
                .param("period", run.period().code())
                .query(rs -> {
                    accepted.computeIfAbsent(rs.getString(1), uscc -> new StringBuilder())
                            .append(rs.getString(2))
                            .append(':')
                            .append(rs.getLong(3))
                            .append(';');
                });
        Map<Long, StringBuilder> justifications = new HashMap<>();
        jdbc.sql("""
                SELECT j.file_id, j.rule, j.sheet, j.cell, j.justification FROM file_justification j
                JOIN received_file f ON f.id = j.file_id WHERE f.period = :period
                ORDER BY j.file_id, j.rule, j.sheet, j.cell, j.justification
                """).param("period", run.period().code()).query(rs -> {
            StringBuilder text = justifications.computeIfAbsent(rs.getLong(1), id -> new StringBuilder());
            for (int column = 2; column <= 5; column++) {
                text.append(rs.getString(column)).append('\u001f');
            }
            text.append('\n');
        });
        return new Fingerprints(common, accepted, justifications);
    }

    /** Each file's fingerprint from what was read once for the period. */
    static final class Fingerprints {

        private final MessageDigest common;
        private final Map<String, StringBuilder> acceptedByUnit;
        private final Map<Long, StringBuilder> justificationsByFile;

        private Fingerprints(
                MessageDigest common,
                Map<String, StringBuilder> acceptedByUnit,
                Map<Long, StringBuilder> justificationsByFile) {
            this.common = common;
            this.acceptedByUnit = acceptedByUnit;
            this.justificationsByFile = justificationsByFile;
        }

        String of(long fileId, Unit unit) {
            try {
                MessageDigest digest = (MessageDigest) common.clone();
                String text = fileId + "\n" + unit + "\n"
                        + Optional.ofNullable(acceptedByUnit.get(unit.uscc())).orElse(new StringBuilder()) + "\n"
                        + Optional.ofNullable(justificationsByFile.get(fileId)).orElse(new StringBuilder());
                return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The fingerprints recorded when the period's files were last judged. */
    Map<Long, String> recorded(String period) {
        Map<Long, String> recorded = new HashMap<>();
        jdbc.sql(
                        "SELECT c.file_id, c.basis FROM history_check c JOIN received_file f ON f.id = c.file_id WHERE f.period = :period")
                .param("period", period)
                .query(rs -> {
                    recorded.put(rs.getLong(1), rs.getString(2));
                });
        return recorded;
    }

    /** Forgets the fingerprints of these files: they will be judged again when they are current. */
    void forget(Collection<Long> fileIds) {
        for (List<Long> chunk : Chunks.of(fileIds)) {
            jdbc.sql("DELETE FROM history_check WHERE file_id IN (:ids)")
                    .param("ids", chunk)
                    .update();
        }
    }

    /** Records the fingerprints of files just judged. */
    void record(Map<Long, String> fingerprints) {
        fingerprints.forEach(
                (fileId, basis) -> jdbc.sql("INSERT INTO history_check (file_id, basis) VALUES (:file, :basis)")
                        .param("file", fileId)
                        .param("basis", basis)
                        .update());
    }
}
