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
import org.huizong.period.RunContext;
import org.huizong.system.ConfigurationDigest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of everything a period's outputs are made from — its files with their statuses, findings, 说明 and
 * returns, the units it counts, every period's counted units and directory (comparisons and trends read them), the
 * configuration and the program itself — and the copy of it that the last complete publishing left in the output
 * folder. When the two agree, publishing again would write the same outputs: the job leaves them as they are. A
 * second fingerprint leaves the findings and 说明 out: the figures' outputs (the summary workbook and the reports)
 * are made from the rest only. Row ids are left out.
 */
@Component
public final class PublishedInputs {

    /** The fingerprint of the inputs the outputs in a period's folder were published from, written last. */
    static final String FILE = ".inputs-sha256";

    /**
     * What the figures are made from: which files count, and as what units (a file's values never change); for a year,
     * also the roll-ups of the months that stand in for units that sent no annual workbook.
     */
    private static final List<String> FIGURES_QUERIES = List.of(
            "SELECT * FROM received_file WHERE period = :period",
            "SELECT * FROM portal_return WHERE period = :period",
            "SELECT * FROM annual_rollup_unit WHERE period = :period",
            "SELECT * FROM period_unit",
            "SELECT * FROM counted_unit",
            "SELECT * FROM annual_rollup WHERE LENGTH(period) = LENGTH(:period)");
    /** What the findings' outputs are made from besides. */
    private static final List<String> FINDINGS_QUERIES = List.of(
            "SELECT f.* FROM finding f JOIN received_file r ON r.id = f.file_id WHERE r.period = :period",
            "SELECT j.* FROM file_justification j JOIN received_file r ON r.id = j.file_id WHERE r.period = :period",
            "SELECT * FROM period_finding WHERE period = :period");

    private static final List<String> LEFT_OUT = List.of("id", "ingested_at", "created_at", "written_at");

    private final JdbcClient jdbc;

    public PublishedInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprints of what all the period's outputs, and what its figures' outputs, are made from. */
    record Fingerprints(String all, String figures) {}

    /** The fingerprints of the period's inputs as they stand. */
    Fingerprints fingerprints(RunContext run) {
        MessageDigest figures = ConfigurationDigest.sha256();
        for (String query : FIGURES_QUERIES) {
            update(figures, query, run);
        }
        ConfigurationDigest.update(figures, run.configDir());
        String figuresHex = HexFormat.of().formatHex(figures.digest());
        MessageDigest all = ConfigurationDigest.sha256();
        all.update(figuresHex.getBytes(StandardCharsets.UTF_8));
        for (String query : FINDINGS_QUERIES) {
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
