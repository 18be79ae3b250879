package org.huizong.submission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.period.RunContext;
import org.huizong.unit.Unit;
import org.huizong.validation.Finding;
import org.huizong.validation.HistoryValidator;
import org.huizong.validation.SubmissionContext;
import org.huizong.validation.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Judges every current version of a period against its unit's accepted history, from stored values, replacing the
 * history findings of an earlier run: a previous period that arrived late or was corrected counts at the next run.
 * A file whose history is as it was when last judged ({@link HistoryBasis}) keeps its findings without being read.
 */
public final class HistoryFindings {

    private static final Logger log = LoggerFactory.getLogger(HistoryFindings.class);

    private final JdbcClient jdbc;
    private final ReceivedFileRepository history;
    private final FileStatuses statuses;
    private final StoredValues storedValues;
    private final HistoryValidator validator = new HistoryValidator();
    private final HistoryBasis basis;
    private final FindingStore findingStore;

    public HistoryFindings(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ReceivedFileRepository history) {
        this.jdbc = jdbc;
        this.history = history;
        this.statuses = new FileStatuses(jdbc, new ReceivedFileStore(jdbc, batch));
        this.storedValues = new StoredValues(jdbc);
        this.basis = new HistoryBasis(jdbc);
        this.findingStore = new FindingStore(jdbc, batch);
    }

    public int check(RunContext run) {
        String period = run.period().code();
        record Current(long id, String uscc, String relativePath) {}
        List<Current> files = jdbc.sql("""
                SELECT id, unit_uscc, relative_path FROM received_file
                WHERE period = :period AND is_current = TRUE AND status IN (:versioned)
                ORDER BY id
                """)
                .param("versioned", SubmissionStatus.VERSIONED)
                .param("period", period)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        Map<String, ?> rules = Map.of("rules", List.copyOf(HistoryValidator.RULES));
        record Judged(Current file, Unit unit) {}
        HistoryBasis.Fingerprints fingerprints = basis.of(run);
        Map<Long, String> recorded = basis.recorded(period);
        Set<Long> standing = new HashSet<>();
        Map<Long, Judged> judged = new LinkedHashMap<>();
        Map<Long, String> judgedOn = new HashMap<>();
        for (Current file : files) {
            run.directory().byUscc(file.uscc(), run.period()).ifPresent(unit -> {
                String fingerprint = fingerprints.of(file.id(), unit);
                if (fingerprint.equals(recorded.get(file.id()))) {
                    standing.add(file.id());
                } else {
                    judged.put(file.id(), new Judged(file, unit));
                    judgedOn.put(file.id(), fingerprint);
                }
            });
        }
        Set<Long> touched = statuses.holdingFindings(period, "rule IN (:rules)", rules);
        touched.removeAll(standing);
        findingStore.remove(FindingSource.HISTORY, touched);
        Set<Long> forgotten = new HashSet<>(recorded.keySet());
        forgotten.removeAll(standing);
        basis.forget(forgotten);
        Map<Long, List<Finding>> found = new LinkedHashMap<>();
        storedValues.forEachLocated(List.copyOf(judged.keySet()), (fileId, values) -> {
            Judged one = judged.get(fileId);
            SubmissionContext context = new SubmissionContext(
                    run.form(), run.period(), run.directory(), one.file().relativePath(), history);
            List<Finding> findings = validator.check(one.unit(), context, values.figures(), values.locations());
            if (!findings.isEmpty()) {
                touched.add(fileId);
                found.put(fileId, findings);
            }
        });
        int stored = findingStore.addHistory(found);
        basis.record(judgedOn);
        touched.forEach(statuses::refresh);
        log.info(
                "period {}: {} files judged against their history, {} whose history is as when they were last judged",
                period,
                judged.size(),
                standing.size());
        return stored;
    }
}
