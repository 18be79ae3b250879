package org.huizong.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huizong.portal.user.PortalUser;
import org.huizong.portal.user.Role;
import org.huizong.portal.user.UserAccounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "门户用户：添加用户、设置密码、列出用户（jobs/config/users.csv）",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageProblem("请指定：user add、user password 或 user list（--help 查看用法）");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "添加用户（同名用户被替换）")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "字母、数字、. _ -")
        String username;

        @Option(names = "--name", paramLabel = "显示名", description = "页面上显示的名称")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "BUREAU（填报单位）、COUNTY（区县）、OFFICE（市政务公开办）或 ASSESSOR（考核）")
        Role role;

        @Option(names = "--scope", paramLabel = "USCC|COUNTY", description = "单位的统一社会信用代码（BUREAU）或区县代码（COUNTY）")
        String scope;

        @Option(names = "--password", paramLabel = "PASSWORD", description = "不写则提示输入")
        String password;

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config", description = "(default: ${DEFAULT-VALUE})")
        Path config;

        @Override
        public Integer call() throws Exception {
            UserAccounts accounts = new UserAccounts(config);
            try {
                PortalUser user = accounts.add(username, name, role, scope, password != null ? password : ask());
                System.out.printf("已添加用户 %s（%s%s）到 %s%n", user.username(), user.role().label(),
                        user.scope().isEmpty() ? "" : "，" + user.scope(), accounts.path());
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
            return HuizongCommand.OK;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "设置用户的密码")
    static final class Password implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--password", paramLabel = "PASSWORD", description = "不写则提示输入")
        String password;

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config", description = "(default: ${DEFAULT-VALUE})")
        Path config;

        @Override
        public Integer call() throws Exception {
            try {
                new UserAccounts(config).setPassword(username, password != null ? password : ask());
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
            System.out.printf("已设置 %s 的密码%n", username);
            return HuizongCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出用户")
    static final class ListUsers implements Callable<Integer> {

        @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config", description = "(default: ${DEFAULT-VALUE})")
        Path config;

        @Override
        public Integer call() {
            for (PortalUser user : new UserAccounts(config).list()) {
                System.out.printf("%-16s %-10s %-20s %s%n", user.username(), user.role(), user.scope(), user.displayName());
            }
            return HuizongCommand.OK;
        }
    }

    private static String ask() {
        Console console = System.console();
        if (console == null) {
            throw new UsageProblem("没有终端可输入密码：请用 --password 给出");
        }
        char[] first = console.readPassword("密码：");
        char[] second = console.readPassword("再输入一次：");
        if (first == null || !new String(first).equals(new String(second))) {
            throw new UsageProblem("两次输入的密码不一致");
        }
        return new String(first);
    }
}
