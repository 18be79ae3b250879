package org.huizong.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huizong.portal.user.UserFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动门户网站：填报单位上传与改正，区县跟踪与退回，市政务公开办运行任务，考核人员查看排名")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    JobOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP 端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--demo", description = "演示：与默认相同，使用 demo 命令留下的数据库（data/）")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        options.requireConfig(YearMonth.now().minusMonths(1).toString());
        if (new UserFile(options.config).read().isEmpty()) {
            throw new UsageProblem("没有门户用户：" + options.config.resolve(UserFile.NAME)
                    + " 不存在或为空。先用 user add 添加用户（或运行 demo 生成示例用户）。");
        }
        Map<String, Object> properties = options.springProperties(Path.of("data"));
        properties.put("spring.main.web-application-type", "servlet");
        properties.put("server.port", port);
        properties.put("huizong.portal.input", options.folder(options.input));
        properties.put("huizong.portal.output", options.folder(options.output));
        properties.put("huizong.portal.config", options.folder(options.config));
        try (JobRunner runner = new JobRunner(properties)) {
            System.out.printf("门户已启动：http://localhost:%d/ （Ctrl+C 停止）%n", port);
            runner.awaitClose();
        }
        return HuizongCommand.OK;
    }
}
