package org.huizong.submission;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huizong.form.ReportPeriod;
import org.huizong.validation.AcceptedHistory;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Received files with their values ({@link StoredValues}) and findings. */
public final class ReceivedFileRepository implements AcceptedHistory {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ReceivedFileStore store;
    private final ValueRows valueRows;
    private final StoredValues values;
    private final FindingStore findings;

    /** {@code ownTransaction} (a new transaction) stores a file's cell layout when no file stored one like it. */
    public ReceivedFileRepository(
            JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.store = new ReceivedFileStore(jdbc, batch);
        this.valueRows = new ValueRows(jdbc, batch.getJdbcTemplate(), ownTransaction);
        this.values = new StoredValues(jdbc);
        this.findings = new FindingStore(jdbc, batch);
    }

    public long save(IngestedFile file, LocalDateTime ingestedAt) {
        long id = store.receive(file, ingestedAt);
        valueRows.save(id, file.values(), file.locations());
        findings.addChecked(id, file.findings());
        findings.keepAnswers(id, file.justifications());
        return id;
    }

    /** How many of these inbox files ended in each status, once every step of the run has judged them. */
    public Map<SubmissionStatus, Integer> finalStatuses(List<Long> inboxIds) {
        Map<SubmissionStatus, Integer> counts = new java.util.EnumMap<>(SubmissionStatus.class);
        for (SubmissionStatus status : SubmissionStatus.values()) {
            counts.put(status, 0);
        }
        for (int from = 0; from < inboxIds.size(); from += 500) {
            jdbc.sql("SELECT status, COUNT(*) FROM received_file WHERE inbox_id IN (:ids) GROUP BY status")
                    .param("ids", inboxIds.subList(from, Math.min(inboxIds.size(), from + 500)))
                    .query(rs -> {
                        counts.merge(SubmissionStatus.valueOf(rs.getString(1)), rs.getInt(2), Integer::sum);
                    });
        }
        return counts;
    }

    @Override
    public Optional<Map<String, BigDecimal>> acceptedValues(String uscc, ReportPeriod period) {
        List<Long> current = jdbc.sql("""
                SELECT id FROM received_file WHERE unit_uscc = :uscc AND period = :period AND is_current = TRUE
                AND status IN (:counted)
                """)
                .param("counted", SubmissionStatus.COUNTED)
                .param("uscc", uscc)
                .param("period", period.code())
                .query(Long.class)
                .list();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(valuesOf(current.get(0)));
    }

    @Override
    public List<AcceptedPeriod> acceptedBefore(String uscc, ReportPeriod period, int count) {
        return withValues(jdbc.sql("""
                SELECT id, period FROM received_file WHERE unit_uscc = :uscc AND period < :period
                AND LENGTH(period) = :length AND is_current = TRUE AND status IN (:counted)
                ORDER BY period DESC FETCH FIRST :count ROWS ONLY
                """)
                .param("counted", SubmissionStatus.COUNTED)
                .param("uscc", uscc)
                .param("period", period.code())
                .param("length", period.code().length())
                .param("count", count)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2)))
                .list());
    }

    @Override
    public List<AcceptedPeriod> acceptedMonthsOf(String uscc, int year) {
        return withValues(jdbc.sql("""
                SELECT id, period FROM received_file WHERE unit_uscc = :uscc AND period LIKE :year
                AND LENGTH(period) = 7 AND is_current = TRUE AND status IN (:counted)
                ORDER BY period
                """)
                .param("counted", SubmissionStatus.COUNTED)
                .param("uscc", uscc)
                .param("year", year + "-%")
                .query((rs, n) -> new Current(rs.getLong(1), rs.getString(2)))
                .list());
    }

    /** The values stored for a received file, item → figure in item order. */
    public Map<String, BigDecimal> valuesOf(long fileId) {
        return values.figures(fileId);
    }

    private record Current(long id, String period) {}

    private List<AcceptedPeriod> withValues(List<Current> files) {
        List<AcceptedPeriod> history = new ArrayList<>();
        for (Current file : files) {
            history.add(new AcceptedPeriod(ReportPeriod.parse(file.period()), valuesOf(file.id())));
        }
        return history;
    }
}
