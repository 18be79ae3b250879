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
import org.huizong.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true)
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
            int files = new DemoWorkbooks(FormCatalog.load(options.config).get(FormCatalog.MONTHLY))
                    .write(plan, options.input, written -> {
                        if (written * 10 / total != lastTenth[0]) {
                            lastTenth[0] = written * 10 / total;
                            System.out.println(Messages.text("cli.demo.writing", written, total));
                        }
                    });
            System.out.println(Messages.text("cli.demo.written", plan.units().size(), MONTHS, files, options.input));
            for (int i = MONTHS - 1; i >= 0; i--) {
                ReportPeriod month = ReportPeriod.month(LAST_MONTH.minusMonths(i));
                int status = new PeriodRun(runner, options, System.out, MonthlyJobConfiguration.JOB).run(month, i == 0);
                if (status != HuizongCommand.OK) {
                    return status;
                }
            }
            var users = new DemoUsers(runner.bean(org.springframework.jdbc.core.simple.JdbcClient.class))
                    .write(options.config, LAST_MONTH.toString());
            System.out.println(Messages.text(
                    "cli.demo.users",
                    DemoUsers.PASSWORD,
                    String.join(
                            Messages.text("cli.list.separator"),
                            users.stream()
                                    .map(u -> Messages.text(
                                            "cli.demo.user",
                                            u.username(),
                                            u.role().label()))
                                    .toList())));
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
                    throw new UsageProblem(Messages.text(
                            "cli.demo.foreignData", dataDir.toAbsolutePath().normalize()));
                }
            }
        }
        if (options.db == null) {
            FolderCleaner.delete(dataDir);
            Files.createDirectories(dataDir);
            Files.writeString(marker, Messages.text("cli.demo.marker") + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Writes the demo city's directory and settings, never over a different city's. */
    private void writeConfig(DemoCityPlan plan) throws IOException {
        Files.createDirectories(options.config);
        write(options.config.resolve("units.csv"), plan.unitsCsv(), plan);
        write(options.config.resolve("city.yml"), plan.cityYml(), plan);
    }

    private static void write(Path file, String content, DemoCityPlan plan) throws IOException {
        if (Files.exists(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8);
            if (!existing.contains(plan.cityName()) && !existing.contains(plan.cityCode())) {
                throw new UsageProblem(Messages.text("cli.demo.foreignConfig", file));
            }
            if (file.getFileName().toString().equals("city.yml")) {
                return;
            }
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
