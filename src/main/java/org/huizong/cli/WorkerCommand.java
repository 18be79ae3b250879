package org.huizong.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.huizong.text.Messages;
import org.huizong.workers.WorkersProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true)
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "JDBC-URL")
    String db;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
    Path data;

    @Option(names = "-D", paramLabel = "PROPERTY=VALUE")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        JobOptions.requireSharedDatabase(db, "worker");
        Map<String, Object> properties = JobOptions.database(db, data);
        properties.put("huizong.workers.mode", "worker");
        properties.putAll(settings);
        try (JobRunner runner = new JobRunner(properties)) {
            WorkersProperties workers = runner.bean(WorkersProperties.class);
            System.out.println(Messages.text("cli.worker.started", workers.queue(), workers.concurrency()));
            runner.awaitClose();
        }
        return HuizongCommand.OK;
    }
}
