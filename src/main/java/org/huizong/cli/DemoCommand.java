package org.huizong.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.form.ReportPeriod;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.portal.user.DemoUsers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "演示：生成一个示例市（单位名录、13个月的报表，含各类常见问题）写入 input/，并逐月运行月度任务")
final class DemoCommand implements Callable<Integer> {

    static final long SEED = 20261;
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    static final int MONTHS = 13;
    static final String DEMO_MARKER = "DEMO.txt";

    @Mixin
    JobOptions options;

    @Override
    public Integer call() throws Exception {
        DemoCityPlan plan = DemoCityPlan.generate(SEED, LAST_MONTH, MONTHS);
        writeConfig(plan);
        Path dataDir = Path.of("data");
        claimDataFolder(dataDir);
        for (int i = 0; i < MONTHS; i++) {
            String period = LAST_MONTH.minusMonths(i).toString();
            FolderCleaner.delete(options.input.resolve(period));
            FolderCleaner.delete(options.output.resolve(period));
        }
        try (JobRunner runner = new JobRunner(options.springProperties(dataDir))) {
            int total = plan.submissions().size();
            int[] lastTenth = {-1};
            int files = new DemoWorkbooks(FormCatalog.load(options.config).get(FormCatalog.MONTHLY)).write(plan, options.input, written -> {
                if (written * 10 / total != lastTenth[0]) {
                    lastTenth[0] = written * 10 / total;
                    System.out.printf("生成示例报表 %d/%d%n", written, total);
                }
            });
            System.out.printf("示例市：%d 个单位，%d 个月共 %d 个文件已写入 %s%n", plan.units().size(), MONTHS, files, options.input);
            for (int i = MONTHS - 1; i >= 0; i--) {
                ReportPeriod month = ReportPeriod.month(LAST_MONTH.minusMonths(i));
                int status = new PeriodRun(runner, options, System.out, MonthlyJobConfiguration.JOB).run(month, i == 0);
                if (status != HuizongCommand.OK) {
                    return status;
                }
            }
            var users = new DemoUsers(runner.bean(org.springframework.jdbc.core.simple.JdbcClient.class))
                    .write(options.config, LAST_MONTH.toString());
            System.out.printf("门户示例用户（密码均为 %s）：%s。启动门户：java -jar target/huizong.jar serve%n", DemoUsers.PASSWORD,
                    String.join("、", users.stream().map(u -> u.username() + "（" + u.role().label() + "）").toList()));
        }
        return HuizongCommand.OK;
    }

    /**
     * The demo uses the jobs' own embedded database (data/), so that the README's commands continue on it; it starts
     * the folder afresh only when it is empty or the demo's own (a marker file says so), never over a real city's.
     */
    private void claimDataFolder(Path dataDir) throws IOException {
        Path marker = dataDir.resolve(DEMO_MARKER);
        if (options.db == null && Files.isDirectory(dataDir) && !Files.exists(marker)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageProblem(dataDir.toAbsolutePath().normalize() + " 中已有其他数据，demo 不会删除它。"
                            + "请先移走该目录，或在另一个目录中运行 demo。");
                }
            }
        }
        if (options.db == null) {
            FolderCleaner.delete(dataDir);
            Files.createDirectories(dataDir);
            Files.writeString(marker, "示例市：由 demo 命令生成，再次运行 demo 会清空本目录。\n", StandardCharsets.UTF_8);
        }
    }

    /** Writes the demo city's directory and settings, never over a different city's. */
    private void writeConfig(DemoCityPlan plan) throws IOException {
        Files.createDirectories(options.config);
        write(options.config.resolve("units.csv"), plan.unitsCsv());
        write(options.config.resolve("city.yml"), plan.cityYml());
    }

    private static void write(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8);
            if (!existing.contains("示例市") && !existing.contains("990100")) {
                throw new UsageProblem(file + " 不是示例市的配置，demo 不会覆盖它。请用 --config 指定另一个目录。");
            }
            if (file.getFileName().toString().equals("city.yml")) {
                return;
            }
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

}
