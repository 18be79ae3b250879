package org.huizong.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.assessment.AssessmentModelPart;
import org.huizong.period.RunContextFactory;
import org.huizong.text.Messages;
import picocli.CommandLine.Option;

/** The options every job command accepts (contracts.md). */
final class JobOptions {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output")
    Path output;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config")
    Path config;

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @Option(names = "--workers", paramLabel = "local|remote", defaultValue = "local")
    String workers = "local";

    @Option(names = "-D", paramLabel = "PROPERTY=VALUE")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Spring properties for a job context on these options; {@code dataDir} holds the embedded database and the archive. */
    Map<String, Object> springProperties(Path dataDir) {
        Map<String, Object> properties = database(db, dataDir);
        if (remote()) {
            requireSharedDatabase(db, "--workers remote");
            properties.put("huizong.workers.mode", "remote");
        }
        properties.putAll(settings);
        return properties;
    }

    /** Whether the partitions are handed to worker processes. */
    boolean remote() {
        return switch (workers) {
            case "local" -> false;
            case "remote" -> true;
            default -> throw new UsageProblem(Messages.text("cli.workers.unknown", workers));
        };
    }

    /** A folder as the job's parameters name it: absolute when workers on other machines resolve it (same mount point). */
    String folder(Path folder) {
        return remote() ? folder.toAbsolutePath().normalize().toString() : folder.toString();
    }

    /** The database settings: {@code db}, or the embedded H2 database in {@code dataDir}; the archive in {@code dataDir}. */
    static Map<String, Object> database(String db, Path dataDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("huizong.data-dir", dataDir.toString());
        properties.put(
                "spring.datasource.url",
                db != null
                        ? db
                        : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("huizong") + ";DB_CLOSE_ON_EXIT=FALSE");
        if (db != null && db.startsWith("jdbc:postgresql:") && !db.contains("user=")) {
            properties.put("spring.datasource.username", System.getProperty("user.name"));
        }
        return properties;
    }

    /** Workers and their manager share one database: the embedded one is opened by one process only. */
    static void requireSharedDatabase(String db, String what) {
        boolean embedded = db == null
                || db.startsWith("jdbc:h2:") && !db.startsWith("jdbc:h2:tcp:") && !db.startsWith("jdbc:h2:ssl:");
        if (embedded) {
            throw new UsageProblem(Messages.text("cli.db.notShared", what));
        }
    }

    /** The configuration must be there and readable before a job starts: a broken one is the operator's to fix (status 2). */
    void requireConfig(String period) {
        for (String file : new String[] {"units.csv", "city.yml"}) {
            if (!config.resolve(file).toFile().isFile()) {
                throw new UsageProblem(Messages.text("cli.config.fileMissing", config.resolve(file)));
            }
        }
        try {
            new RunContextFactory(List.of(new AssessmentModelPart()))
                    .create(period, input.toString(), output.toString(), config.toString());
        } catch (RuntimeException e) {
            throw new UsageProblem(Messages.text("cli.config.invalid", e.getMessage()));
        }
    }
}
