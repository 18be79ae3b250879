package org.huizong.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huizong.assessment.AssessmentModelPart;
import org.huizong.period.RunContextFactory;
import picocli.CommandLine.Option;

/** The options every job command accepts (contracts.md). */
final class JobOptions {

    @Option(names = "--input", paramLabel = "DIR", description = "各单位报送的工作簿，按 <期>/ 分子目录（默认 ${DEFAULT-VALUE}）", defaultValue = "input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "输出目录，按 <期>/ 分子目录（默认 ${DEFAULT-VALUE}）", defaultValue = "output")
    Path output;

    @Option(names = "--config", paramLabel = "DIR", description = "配置目录：units.csv、city.yml、附加表式（默认 ${DEFAULT-VALUE}）", defaultValue = "jobs/config")
    Path config;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "数据库（默认为 data/ 下的内嵌 H2 文件数据库），例如 jdbc:postgresql://127.0.0.1:5432/huizong")
    String db;

    @Option(names = "--workers", paramLabel = "local|remote", defaultValue = "local",
            description = "分区在哪里运行：local（本进程，默认）或 remote（经 RabbitMQ 交给 worker 进程；需要共享的 --db 和各 worker 都能访问的目录）")
    String workers = "local";

    @Option(names = "-D", paramLabel = "PROPERTY=VALUE", description = "application.properties 中的任一设置，例如 -Dhuizong.ingest.partitions=4")
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
            default -> throw new UsageProblem("--workers 只能是 local（本进程，默认）或 remote（交给工作进程）：" + workers);
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
        properties.put("spring.datasource.url", db != null ? db
                : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("huizong") + ";DB_CLOSE_ON_EXIT=FALSE");
        if (db != null && db.startsWith("jdbc:postgresql:") && !db.contains("user=")) {
            properties.put("spring.datasource.username", System.getProperty("user.name"));
        }
        return properties;
    }

    /** Workers and their manager share one database: the embedded one is opened by one process only. */
    static void requireSharedDatabase(String db, String what) {
        boolean embedded = db == null || db.startsWith("jdbc:h2:") && !db.startsWith("jdbc:h2:tcp:") && !db.startsWith("jdbc:h2:ssl:");
        if (embedded) {
            throw new UsageProblem(what + " 需要各进程共用的数据库：请用 --db 指定 PostgreSQL，例如 --db jdbc:postgresql://db.example:5432/huizong"
                    + "（内置的 H2 数据库只能由一个进程打开）");
        }
    }

    /** The configuration must be there and readable before a job starts: a broken one is the operator's to fix (status 2). */
    void requireConfig(String period) {
        for (String file : new String[] {"units.csv", "city.yml"}) {
            if (!config.resolve(file).toFile().isFile()) {
                throw new UsageProblem("找不到配置文件 " + config.resolve(file) + "（用 --config 指定配置目录）");
            }
        }
        try {
            new RunContextFactory(List.of(new AssessmentModelPart())).create(period, input.toString(), output.toString(), config.toString());
        } catch (RuntimeException e) {
            throw new UsageProblem("配置有误：" + e.getMessage());
        }
    }
}
