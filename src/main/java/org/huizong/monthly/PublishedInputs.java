package org.huizong.monthly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.period.RunContext;
import org.huizong.system.ConfigurationDigest;
import org.huizong.system.PublishedSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of everything a period's outputs are made from — what each feature declares of its tables
 * ({@link PublishedSources}: the files with their statuses, findings and 说明, the units counted, the roll-ups), every
 * period's directory, the configuration and the program itself — and the copy of it that the last complete publishing left in the output
 * folder. When the two agree, publishing again would write the same outputs: the job leaves them as they are. A
 * second fingerprint leaves the findings and 说明 out: the figures' outputs (the summary workbook and the reports)
 * are made from the rest only. Row ids are left out.
 */
@Component
public final class PublishedInputs {

    /** The fingerprint of the inputs the outputs in a period's folder were published from, written last. */
    static final String FILE = ".inputs-sha256";

    /** What the period's directory says, of every period (comparisons and trends read them). */
    private static final String DIRECTORY = "SELECT * FROM period_unit";

    private static final List<String> LEFT_OUT = List.of("id", "ingested_at", "created_at", "written_at");

    private final JdbcClient jdbc;
    /** Each feature's queries, in one order whatever order the features were wired in. */
    private final List<String> figuresQueries;

    private final List<String> findingsQueries;

    public PublishedInputs(JdbcClient jdbc, List<PublishedSources> sources) {
        this.jdbc = jdbc;
        this.figuresQueries = Stream.concat(
                        Stream.of(DIRECTORY), sources.stream().flatMap(s -> s.figures().stream()))
                .sorted()
                .toList();
        this.findingsQueries =
                sources.stream().flatMap(s -> s.findings().stream()).sorted().toList();
    }

    /** The fingerprints of what all the period's outputs, and what its figures' outputs, are made from. */
    record Fingerprints(String all, String figures) {}

    /** The fingerprints of the period's inputs as they stand. */
    Fingerprints fingerprints(RunContext run) {
        MessageDigest figures = ConfigurationDigest.sha256();
        for (String query : figuresQueries) {
            update(figures, query, run);
        }
        ConfigurationDigest.update(figures, run.configDir());
        String figuresHex = HexFormat.of().formatHex(figures.digest());
        MessageDigest all = ConfigurationDigest.sha256();
        all.update(figuresHex.getBytes(StandardCharsets.UTF_8));
        for (String query : findingsQueries) {
            update(all, query, run);
        }
        return new Fingerprints(HexFormat.of().formatHex(all.digest()), figuresHex);
    }

    private void update(MessageDigest digest, String query, RunContext run) {
        List<String> rows = new ArrayList<>();
        jdbc.sql(query).param("period", run.period().code()).query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (!LEFT_OUT.contains(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT))) {
                    row.append(rs.getString(i)).append('\u001f');
                }
            }
            rows.add(row.toString());
        });
        rows.sort(null);
        digest.update((query + '\n').getBytes(StandardCharsets.UTF_8));
        rows.forEach(row -> digest.update((row + '\n').getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the period's folder holds outputs published from inputs with this fingerprint. */
    boolean published(RunContext run, String fingerprint) {
        Path file = run.periodOutput().resolve(FILE);
        try {
            return Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records, once every output is written, what they were published from. */
    void record(RunContext run, String fingerprint) {
        try {
            Files.writeString(run.periodOutput().resolve(FILE), fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
