package org.huizong.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huizong.workers.WorkersProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "工作进程：从消息队列领取月度和年度任务的分区（读取与校验工作簿、写反馈工作簿），结果写入共享的数据库；"
                + "需要共享的 PostgreSQL 数据库和各机器路径相同的共享目录（输入、输出、配置和存档）")
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "JDBC-URL",
            description = "the database the manager uses, e.g. jdbc:postgresql://db.example:5432/huizong")
    String db;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "the shared folder holding the archive of received files (archive/) (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "-D", paramLabel = "PROPERTY=VALUE",
            description = "a setting of application.properties, e.g. -Dspring.rabbitmq.host=mq.example "
                    + "-Dhuizong.workers.concurrency=4")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        JobOptions.requireSharedDatabase(db, "worker");
        Map<String, Object> properties = JobOptions.database(db, data);
        properties.put("huizong.workers.mode", "worker");
        properties.putAll(settings);
        try (JobRunner runner = new JobRunner(properties)) {
            WorkersProperties workers = runner.bean(WorkersProperties.class);
            System.out.printf("工作进程已启动：从队列 %s 领取分区，每次最多 %d 个（Ctrl+C 停止）%n", workers.queue(), workers.concurrency());
            runner.awaitClose();
        }
        return HuizongCommand.OK;
    }
}
