package org.huizong.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar huizong.jar <command>}: the operator's command line (contracts.md). */
@Command(name = "huizong", mixinStandardHelpOptions = true, version = "huizong 0.1",
        description = "汇总：政府信息公开统计报表的收集、校验与汇总",
        subcommands = {MonthlyCommand.class, AnnualCommand.class, TemplateCommand.class, DemoCommand.class, BenchCommand.class,
                ServeCommand.class, UserCommand.class, WorkerCommand.class})
public final class HuizongCommand implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new UsageProblem("请指定命令：monthly、annual、template、demo、serve、user 或 worker（--help 查看用法）");
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new HuizongCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof UsageProblem) {
                cl.getErr().println(e.getMessage());
                return USAGE;
            }
            cl.getErr().println("失败：" + e);
            return FAILED;
        });
        commandLine.setResourceBundle(java.util.ResourceBundle.getBundle("cli"));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine.execute(args);
    }
}
