package org.huizong.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "演示：生成一个示例市（单位名录、13个月的报表，含各类常见问题），并逐月运行月度任务")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
        throw new UsageProblem("demo is being built");
    }
}
