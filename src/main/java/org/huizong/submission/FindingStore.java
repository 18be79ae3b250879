package org.huizong.submission;

import static org.huizong.submission.ReceivedFileStore.truncate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.huizong.form.read.Justification;
import org.huizong.validation.Finding;
import org.huizong.validation.Rule;
import org.huizong.validation.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The only writer of the {@code finding} table and of {@code file_justification}, the 说明 kept for findings. Each finding
 * is stored with its {@link FindingSource} and its place in the list that source gave; a file's findings are listed by
 * source, then by that place ({@code ORDER BY source, ordinal}). Findings judged again at each run (history, cross-unit)
 * carry the bureau's 说明 from {@code file_justification}.
 */
public final class FindingStore {

    private static final String INSERT = """
            INSERT INTO finding (file_id, source, ordinal, rule, severity, sheet, cell, row_label, col_label, left_value, right_value,
                message, justification)
            VALUES (:file, :source, :ordinal, :rule, :severity, :sheet, :cell, :row, :col, :left, :right, :message, :justification)
            """;

    /** As {@link #INSERT}, the 说明 taken from the bureau's answers: the same rule at the same cell, or a file-level finding. */
    private static final String INSERT_ANSWERED = """
            INSERT INTO finding (file_id, source, ordinal, rule, severity, sheet, cell, row_label, col_label, left_value, right_value,
                message, justification)
            VALUES (:file, :source, :ordinal, :rule, :severity, :sheet, :cell, :row, :col, :left, :right, :message,
                    (SELECT MIN(j.justification) FROM file_justification j WHERE j.file_id = :file AND j.rule = :rule
                     AND (j.cell = :cell OR :cell = '') AND :severity = 'WARNING'))
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public FindingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The findings of a file's own check when it is ingested, with the 说明 its workbook gave. */
    void addChecked(long fileId, List<Finding> findings) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            rows.add(row(fileId, FindingSource.FILE, i, findings.get(i))
                    .addValue("justification", truncate(findings.get(i).justification(), 2000)));
        }
        insert(INSERT, rows);
    }

    /** The history findings of each file judged, each with the 说明 the bureau gave for it. */
    int addHistory(Map<Long, List<Finding>> byFile) {
        return insert(INSERT_ANSWERED, rows(FindingSource.HISTORY, byFile));
    }

    /** The cross-unit findings of each file judged: file-level, each with the 说明 the bureau gave for its rule. */
    int addCrossUnit(Map<Long, List<Finding>> byFile) {
        return insert(INSERT_ANSWERED, rows(FindingSource.CROSS_UNIT, byFile));
    }

    /** A county's return of the file, listed after every other finding and any earlier return. */
    void addReturn(long fileId, String message) {
        int earlier = jdbc.sql("SELECT COUNT(*) FROM finding WHERE file_id = :file AND source = :source")
                .param("file", fileId)
                .param("source", FindingSource.RETURN.code())
                .query(Integer.class)
                .single();
        insert(
                INSERT,
                List.of(row(fileId, FindingSource.RETURN, earlier, Finding.ofFile(Rule.R_RETURN, message))
                        .addValue("justification", null)));
    }

    /** Removes what one source found on these files, before it judges them again (or, for a return, when it is undone). */
    void remove(FindingSource source, Collection<Long> fileIds) {
        for (List<Long> chunk : Chunks.of(fileIds)) {
            jdbc.sql("DELETE FROM finding WHERE source = :source AND file_id IN (:ids)")
                    .param("source", source.code())
                    .param("ids", chunk)
                    .update();
        }
    }

    /**
     * The 说明 a bureau wrote on the portal for one warning of its file: stored with the finding and kept for its rule,
     * sheet and cell, so the history and cross-unit rules, judged again at each run, attach it again.
     */
    public void answer(long findingId, String text) {
        jdbc.sql("UPDATE finding SET justification = :text WHERE id = :id")
                .param("text", text)
                .param("id", findingId)
                .update();
        jdbc.sql("""
                DELETE FROM file_justification WHERE EXISTS (SELECT 1 FROM finding x WHERE x.id = :id
                    AND x.file_id = file_justification.file_id AND x.rule = file_justification.rule
                    AND x.sheet = file_justification.sheet AND x.cell = file_justification.cell)
                """).param("id", findingId).update();
        jdbc.sql("""
                INSERT INTO file_justification (file_id, rule, sheet, cell, justification)
                SELECT file_id, rule, sheet, cell, justification FROM finding WHERE id = :id
                """).param("id", findingId).update();
    }

    /** The 说明 a file's workbook gave (its 问题清单 sent back), kept for the findings judged again at each run. */
    void keepAnswers(long fileId, List<Justification> answers) {
        SqlParameterSource[] rows = answers.stream()
                .map(j -> new MapSqlParameterSource()
                        .addValue("file", fileId)
                        .addValue("rule", truncate(j.rule(), 16))
                        .addValue("sheet", truncate(j.sheetName(), 100))
                        .addValue("cell", truncate(j.a1(), 12))
                        .addValue("text", truncate(j.text(), 2000)))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(
                "INSERT INTO file_justification (file_id, rule, sheet, cell, justification) VALUES (:file, :rule, :sheet, :cell, :text)",
                rows);
    }

    /**
     * Keeps for each file of a period's version the 说明 its previous version gave to warnings, where it has none of its
     * own for the same rule, sheet and cell.
     */
    void keepPreviousAnswers(String period, int version) {
        jdbc.sql("""
                INSERT INTO file_justification (file_id, rule, sheet, cell, justification)
                SELECT n.id, x.rule, x.sheet, x.cell, MIN(x.justification)
                FROM received_file n
                JOIN received_file p ON p.period = n.period AND p.unit_uscc = n.unit_uscc AND p.version = n.version - 1
                JOIN finding x ON x.file_id = p.id AND x.severity = 'WARNING' AND x.justification IS NOT NULL
                WHERE n.period = :period AND n.version = :version
                AND NOT EXISTS (SELECT 1 FROM file_justification j WHERE j.file_id = n.id AND j.rule = x.rule AND j.sheet = x.sheet
                                AND j.cell = x.cell)
                GROUP BY n.id, x.rule, x.sheet, x.cell
                """).param("period", period).param("version", version).update();
    }

    /**
     * Gives the unanswered warnings of a period's files of one version the 说明 kept for the same rule, sheet and cell in
     * {@code file_justification}; returns how many took one.
     */
    int answerFromKept(String period, int version) {
        return jdbc.sql("""
                UPDATE finding SET justification = (SELECT MIN(j.justification) FROM file_justification j WHERE j.file_id = finding.file_id
                                                    AND j.rule = finding.rule AND j.sheet = finding.sheet AND j.cell = finding.cell)
                WHERE severity = :warning AND justification IS NULL
                AND file_id IN (SELECT id FROM received_file WHERE period = :period AND version = :version)
                AND EXISTS (SELECT 1 FROM file_justification j WHERE j.file_id = finding.file_id AND j.rule = finding.rule
                            AND j.sheet = finding.sheet AND j.cell = finding.cell)
                """)
                .param("warning", Severity.WARNING.name())
                .param("period", period)
                .param("version", version)
                .update();
    }

    private static List<SqlParameterSource> rows(FindingSource source, Map<Long, List<Finding>> byFile) {
        List<SqlParameterSource> rows = new ArrayList<>();
        byFile.forEach((fileId, findings) -> {
            for (int i = 0; i < findings.size(); i++) {
                rows.add(row(fileId, source, i, findings.get(i)));
            }
        });
        return rows;
    }

    private static MapSqlParameterSource row(long fileId, FindingSource source, int ordinal, Finding f) {
        return new MapSqlParameterSource()
                .addValue("file", fileId)
                .addValue("source", source.code())
                .addValue("ordinal", ordinal)
                .addValue("rule", f.rule())
                .addValue("severity", f.severity().name())
                .addValue("sheet", f.sheet())
                .addValue("cell", f.cell())
                .addValue("row", truncate(f.rowLabel(), 300))
                .addValue("col", truncate(f.columnLabel(), 300))
                .addValue("left", f.left())
                .addValue("right", f.right())
                .addValue("message", truncate(f.message(), 2000));
    }

    private int insert(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
        return rows.size();
    }
}
