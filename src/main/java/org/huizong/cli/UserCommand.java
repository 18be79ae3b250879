package org.huizong.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huizong.portal.user.PortalUser;
import org.huizong.portal.user.Role;
import org.huizong.portal.user.UserAccounts;
import org.huizong.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageProblem(Messages.text("cli.user.command.missing"));
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME", descriptionKey = "username")
        String username;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE")
        Role role;

        @Option(names = "--scope", paramLabel = "USCC|COUNTY")
        String scope;

        @Option(names = "--password", paramLabel = "PASSWORD")
        String password;

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config")
        Path config;

        @Override
        public Integer call() throws Exception {
            UserAccounts accounts = new UserAccounts(config);
            try {
                PortalUser user = accounts.add(username, name, role, scope, password != null ? password : ask());
                System.out.println(
                        user.scope().isEmpty()
                                ? Messages.text(
                                        "cli.user.added",
                                        user.username(),
                                        user.role().label(),
                                        accounts.path())
                                : Messages.text(
                                        "cli.user.added.scoped",
                                        user.username(),
                                        user.role().label(),
                                        user.scope(),
                                        accounts.path()));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
            return HuizongCommand.OK;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true)
    static final class Password implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME", descriptionKey = "username")
        String username;

        @Option(names = "--password", paramLabel = "PASSWORD")
        String password;

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config")
        Path config;

        @Override
        public Integer call() throws Exception {
            try {
                new UserAccounts(config).setPassword(username, password != null ? password : ask());
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
            System.out.println(Messages.text("cli.user.password.set", username));
            return HuizongCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config")
        Path config;

        @Override
        public Integer call() {
            for (PortalUser user : new UserAccounts(config).list()) {
                System.out.printf(
                        "%-16s %-10s %-20s %s%n", user.username(), user.role(), user.scope(), user.displayName());
            }
            return HuizongCommand.OK;
        }
    }

    private static String ask() {
        Console console = System.console();
        if (console == null) {
            throw new UsageProblem(Messages.text("cli.user.password.noConsole"));
        }
        char[] first = console.readPassword(Messages.text("cli.user.password.prompt"));
        char[] second = console.readPassword(Messages.text("cli.user.password.again"));
        if (first == null || !new String(first).equals(new String(second))) {
            throw new UsageProblem(Messages.text("cli.user.password.mismatch"));
        }
        return new String(first);
    }
}
