package org.huizong.cli;

import org.huizong.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar huizong.jar <command>}: the operator's command line (contracts.md). */
@Command(
        name = "huizong",
        mixinStandardHelpOptions = true,
        version = "huizong 0.1",
        subcommands = {
            MonthlyCommand.class,
            AnnualCommand.class,
            TemplateCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            UserCommand.class,
            WorkerCommand.class
        })
public final class HuizongCommand implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new UsageProblem(Messages.text("cli.command.missing"));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its words (cli.properties), its usage errors and its failures in Chinese. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HuizongCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof UsageProblem) {
                cl.getErr().println(e.getMessage());
                return USAGE;
            }
            cl.getErr().println(Messages.text("cli.failed", e));
            return FAILED;
        });
        commandLine.setResourceBundle(java.util.ResourceBundle.getBundle("cli"));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }
}
