package org.huizong.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.huizong.portal.user.UserFile;
import org.huizong.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    JobOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080")
    int port;

    @Option(names = "--demo")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        options.requireConfig(YearMonth.now().minusMonths(1).toString());
        if (new UserFile(options.config).read().isEmpty()) {
            throw new UsageProblem(Messages.text("cli.serve.noUsers", options.config.resolve(UserFile.NAME)));
        }
        Map<String, Object> properties = options.springProperties(Path.of("data"));
        properties.put("spring.main.web-application-type", "servlet");
        properties.put("server.port", port);
        properties.put("huizong.portal.input", options.folder(options.input));
        properties.put("huizong.portal.output", options.folder(options.output));
        properties.put("huizong.portal.config", options.folder(options.config));
        try (JobRunner runner = new JobRunner(properties)) {
            System.out.println(Messages.text("cli.serve.started", port));
            runner.awaitClose();
        }
        return HuizongCommand.OK;
    }
}
