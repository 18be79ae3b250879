package org.huizong.submission;

import java.util.ArrayList;
import java.util.List;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Numbers each unit's versions for a period in received order (the received time, then arrival) and marks the
 * latest as current: a later version supersedes the earlier ones. Rejected files and duplicates are not versions;
 * a duplicate is attributed to the unit of the file it repeats.
 */
public final class VersionAssigner {

    private final JdbcClient jdbc;
    private final ReceivedFileStore files;

    public VersionAssigner(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.files = new ReceivedFileStore(jdbc, batch);
    }

    public int assign(String period) {
        record Version(long id, String uscc) {}
        List<Version> versions = jdbc.sql("""
                SELECT id, unit_uscc FROM received_file
                WHERE period = :period AND unit_uscc IS NOT NULL AND status IN (:versioned)
                ORDER BY unit_uscc, received_at, id
                """)
                .param("period", period)
                .param("versioned", SubmissionStatus.VERSIONED)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2)))
                .list();
        List<ReceivedFileStore.Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Version v = versions.get(i);
            boolean first = i == 0 || !versions.get(i - 1).uscc().equals(v.uscc());
            int number = first ? 1 : numbered.get(i - 1).version() + 1;
            boolean last =
                    i == versions.size() - 1 || !versions.get(i + 1).uscc().equals(v.uscc());
            numbered.add(new ReceivedFileStore.Numbered(v.id(), number, last));
        }
        files.renumber(period, numbered);
        return (int)
                numbered.stream().filter(ReceivedFileStore.Numbered::current).count();
    }
}
