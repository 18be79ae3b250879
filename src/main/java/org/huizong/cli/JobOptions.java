package org.huizong.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Option(names = "-D", paramLabel = "PROPERTY=VALUE", description = "application.properties 中的任一设置，例如 -Dhuizong.ingest.partitions=4")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Spring properties for a job context on these options; {@code dataDir} holds the embedded database and the archive. */
    Map<String, Object> springProperties(Path dataDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("huizong.data-dir", dataDir.toString());
        properties.put("spring.datasource.url", db != null ? db
                : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("huizong") + ";DB_CLOSE_ON_EXIT=FALSE");
        if (db != null && db.startsWith("jdbc:postgresql:") && !db.contains("user=")) {
            properties.put("spring.datasource.username", System.getProperty("user.name"));
        }
        properties.putAll(settings);
        return properties;
    }

    /** The configuration must be there and readable before a job starts: a broken one is the operator's to fix (status 2). */
    void requireConfig(String period) {
        for (String file : new String[] {"units.csv", "city.yml"}) {
            if (!config.resolve(file).toFile().isFile()) {
                throw new UsageProblem("找不到配置文件 " + config.resolve(file) + "（用 --config 指定配置目录）");
            }
        }
        try {
            new org.huizong.system.RunContextFactory().create(period, input.toString(), output.toString(), config.toString());
        } catch (RuntimeException e) {
            throw new UsageProblem("配置有误：" + e.getMessage());
        }
    }
}
