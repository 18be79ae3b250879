package org.huizong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.form.InfoField;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of contracts.md: commands, options and exit statuses. */
class HuizongCommandTest {

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void config() throws Exception {
        config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(
                config.resolve("city.yml"),
                "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\nannual-deadline: \"01-31\"\n");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(HuizongCommand.execute()).isEqualTo(2);
        assertThat(HuizongCommand.execute("monthly")).isEqualTo(2);
        assertThat(HuizongCommand.execute("monthly", "--period", "2026-13", "--config", config.toString()))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute("monthly", "--period", "2026", "--config", config.toString()))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute(
                        "monthly",
                        "--period",
                        "2026-10",
                        "--config",
                        dir.resolve("nowhere").toString()))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute("template", "--period", "10/2026", "--config", config.toString()))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute(
                        "template",
                        "--period",
                        "2026-10",
                        "--unit",
                        "91350100M000100Y43",
                        "--config",
                        config.toString()))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute("nonsense")).isEqualTo(2);
        assertThat(HuizongCommand.execute(
                        "monthly", "--period", "2026-10", "--config", config.toString(), "--workers", "remote"))
                .as("workers share no embedded database")
                .isEqualTo(2);
        assertThat(HuizongCommand.execute(
                        "monthly", "--period", "2026-10", "--config", config.toString(), "--workers", "sideways"))
                .isEqualTo(2);
        assertThat(HuizongCommand.execute("worker"))
                .as("a worker needs the shared database")
                .isEqualTo(2);
        assertThat(HuizongCommand.execute("worker", "--db", "jdbc:h2:file:./data/huizong"))
                .isEqualTo(2);
        Path broken = dir.resolve("broken");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> {
            Files.createDirectories(broken);
            Files.writeString(broken.resolve("units.csv"), "uscc,name\nX,Y\n");
            Files.copy(config.resolve("city.yml"), broken.resolve("city.yml"));
        });
        assertThat(HuizongCommand.execute("monthly", "--period", "2026-10", "--config", broken.toString()))
                .isEqualTo(2);
    }

    @Test
    void aBadFormulaInTheAssessmentModelStopsTheJobBeforeItStartsAndNamesTheIndicator() throws Exception {
        String model = new String(
                getClass().getResourceAsStream("/assessment/assessment.yml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(
                config.resolve("assessment.yml"), model.replace("numerator: T3.R24.C7", "numerator: T3.R24.C7 /"));
        Files.createDirectories(dir.resolve("input/2026-10"));
        String printed = capture(() -> assertThat(HuizongCommand.execute(
                        "monthly",
                        "--period",
                        "2026-10",
                        "--config",
                        config.toString(),
                        "--input",
                        dir.resolve("input").toString(),
                        "--output",
                        dir.resolve("output").toString()))
                .isEqualTo(2));
        assertThat(printed).contains("assessment.yml", "指标“依申请办结率”", "无法解析");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aMissingInputFolderIsAUsageErrorThatNamesIt() {
        String printed = capture(() -> assertThat(HuizongCommand.execute(
                        "monthly",
                        "--period",
                        "2026-10",
                        "--config",
                        config.toString(),
                        "--input",
                        dir.resolve("inptu").toString(),
                        "--output",
                        dir.resolve("output").toString()))
                .isEqualTo(2));
        assertThat(printed)
                .contains("找不到本期的收件目录", dir.resolve("inptu").resolve("2026-10").toString());
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aPeriodThatHasNotEndedIsRefused() throws Exception {
        String month = java.time.YearMonth.now().toString();
        Files.createDirectories(dir.resolve("input").resolve(month));
        String printed = capture(() -> assertThat(HuizongCommand.execute(
                        "monthly",
                        "--period",
                        month,
                        "--config",
                        config.toString(),
                        "--input",
                        dir.resolve("input").toString(),
                        "--output",
                        dir.resolve("output").toString()))
                .isEqualTo(2));
        assertThat(printed)
                .contains(
                        "期别 " + month + " 尚未结束",
                        java.time.YearMonth.now().minusMonths(1).toString());
        String year = String.valueOf(java.time.YearMonth.now().minusMonths(1).getYear() + 1);
        assertThat(capture(() -> assertThat(HuizongCommand.execute(
                                "annual",
                                "--year",
                                year,
                                "--config",
                                config.toString(),
                                "--input",
                                dir.resolve("input").toString()))
                        .isEqualTo(2)))
                .contains("期别 " + year + " 尚未结束");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aMonthThatReceivedNothingPublishesNothingUnlessAskedFor() throws Exception {
        Files.createDirectories(dir.resolve("input/2026-09/东城区"));
        String[] args = {
            "monthly",
            "--period",
            "2026-09",
            "--config",
            config.toString(),
            "--input",
            dir.resolve("input").toString(),
            "--output",
            dir.resolve("output").toString(),
            "--db",
            "jdbc:h2:mem:cli-empty;DB_CLOSE_DELAY=-1",
            "-Dhuizong.data-dir=" + dir.resolve("data")
        };
        String printed = capture(() -> assertThat(HuizongCommand.execute(args)).isEqualTo(2));
        assertThat(printed).contains("没有任何文件", "--allow-empty");
        assertThat(dir.resolve("output")).doesNotExist();

        String[] allowed = java.util.stream.Stream.concat(Stream.of(args), Stream.of("--allow-empty"))
                .toArray(String[]::new);
        assertThat(capture(() -> assertThat(HuizongCommand.execute(allowed)).isZero()))
                .contains("本次读取文件 0 个");
        assertThat(dir.resolve("output/2026-09/consolidated.csv")).exists();
    }

    @Test
    void mistakesInTheCommandAreExplainedInChinese() {
        assertThat(capture(() -> assertThat(HuizongCommand.execute("monthy", "--period", "2026-10"))
                        .isEqualTo(2)))
                .contains("无法识别：monthy", "是否要输入：monthly", "用法：");
        assertThat(capture(() -> assertThat(HuizongCommand.execute("monthly")).isEqualTo(2)))
                .contains("缺少必需的选项：--period YYYY-MM", "选项：", "显示此帮助并退出")
                .doesNotContain("Missing required option", "Usage:", "Show this help");
        assertThat(capture(() -> assertThat(HuizongCommand.execute("monthly", "--period", "2026-10", "--inptu", "x"))
                        .isEqualTo(2)))
                .contains("无法识别：--inptu", "--input");
    }

    @Test
    void templateWritesOnePrefilledWorkbookPerActiveUnit() throws Exception {
        Path out = dir.resolve("templates");
        assertThat(HuizongCommand.execute(
                        "template", "--period", "2026-10", "--config", config.toString(), "--out", out.toString()))
                .isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(2);
        }
        Path one = dir.resolve("one");
        assertThat(HuizongCommand.execute(
                        "template",
                        "--period",
                        "2026",
                        "--unit",
                        FixtureWorkbooks.USCC,
                        "--config",
                        config.toString(),
                        "--out",
                        one.toString()))
                .isZero();
        Path template;
        try (Stream<Path> files = Files.walk(one)) {
            template = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        WorkbookReading reading = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults()))
                .read(template, FormCatalog.bundled().get("GIA-Y"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.infoText(InfoField.USCC)).isEqualTo(FixtureWorkbooks.USCC);
        assertThat(reading.infoText(InfoField.PERIOD)).isEqualTo("2026年");
        assertThat(reading.infoText(InfoField.TEMPLATE)).isEqualTo("GIA-Y/1");
    }

    @Test
    void monthlyRunsTheJobAndSummarises() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input/2026-10/东城区"));
        new FixtureWorkbooks(input)
                .monthly("东城区市场监督管理局", ConsistentValues.monthly(3), Map.of(), WriteOptions.official());
        Files.writeString(input.resolve("说明.docx"), "not a workbook");
        String[] args = {
            "monthly",
            "--period",
            "2026-10",
            "--config",
            config.toString(),
            "--input",
            dir.resolve("input").toString(),
            "--output",
            dir.resolve("output").toString(),
            "--db",
            "jdbc:h2:mem:cli-monthly;DB_CLOSE_DELAY=-1",
            "-Dhuizong.data-dir=" + dir.resolve("data")
        };
        String printed = capture(() -> assertThat(HuizongCommand.execute(args)).isZero());
        assertThat(printed).contains("本次读取文件 2 个：接收 1", "拒收 1", "本期应报单位 2 个：已纳入 1", "未报送 1");
        assertThat(printed)
                .as("each step as it starts and ends")
                .contains("开始：扫描收件箱", "完成：读取与校验", "完成：汇总", "完成：反馈工作簿", "完成：考核排名");
        assertThat(dir.resolve("output/2026-10/consolidated.csv")).isNotEmptyFile();
        String firstRanking = Files.readString(dir.resolve("output/2026-10/ranking.csv"));
        Path feedback;
        try (Stream<Path> files = Files.walk(dir.resolve("output/2026-10/反馈"))) {
            feedback = files.filter(f -> f.toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.setLastModifiedTime(feedback, java.nio.file.attribute.FileTime.fromMillis(0));
        Path consolidated = dir.resolve("output/2026-10/consolidated.csv");
        Files.setLastModifiedTime(consolidated, java.nio.file.attribute.FileTime.fromMillis(0));
        String again = capture(() -> assertThat(HuizongCommand.execute(args)).isZero());
        assertThat(again).contains("本次读取文件 0 个", "已纳入 1", "输出保持不变");
        assertThat(Files.getLastModifiedTime(consolidated).toMillis())
                .as("nothing changed: nothing is published again")
                .isZero();
        assertThat(Files.getLastModifiedTime(feedback).toMillis())
                .as("nor any feedback workbook")
                .isZero();

        Files.writeString(
                config.resolve("city.yml"),
                Files.readString(config.resolve("city.yml")) + "# the office edited its settings\n");
        String changed = capture(() -> assertThat(HuizongCommand.execute(args)).isZero());
        assertThat(changed).doesNotContain("输出保持不变");
        assertThat(Files.getLastModifiedTime(consolidated).toMillis())
                .as("a changed configuration publishes again")
                .isNotZero();
        assertThat(Files.getLastModifiedTime(feedback).toMillis())
                .as("an unchanged feedback workbook is not written again")
                .isZero();
        assertThat(Files.readString(dir.resolve("output/2026-10/ranking.csv")))
                .as("same data, same model")
                .isEqualTo(firstRanking);
        try (var db = java.sql.DriverManager.getConnection("jdbc:h2:mem:cli-monthly", "sa", "");
                var rows = db.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*), COUNT(DISTINCT job_execution_id), COUNT(DISTINCT model_sha256 || inputs_sha256) FROM ranking_run")) {
            rows.next();
            assertThat(new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3)})
                    .as("two publishings recorded, one model and one input")
                    .containsExactly(2, 2, 1);
        }
    }

    @Test
    void benchRunsTheMonthlyJobOnGeneratedWorkbooksAndPrintsItsFigures() {
        String printed = capture(() ->
                assertThat(HuizongCommand.execute("bench", "--files", "12")).isZero());
        String last = printed.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last)
                .matches(
                        "bench: files=12 job_s=\\d+\\.\\d\\d peer_read_s=\\d+\\.\\d\\d ratio_peer=\\d+\\.\\d\\d rerun_s=\\d+\\.\\d\\d"
                                + " rerun_changed_s=\\d+\\.\\d\\d peak_heap_mb=\\d+");
        assertThat(printed)
                .contains(
                        "read+validate",
                        "store",
                        "consolidate",
                        "publishing, side by side",
                        "reports",
                        "ranking",
                        "feedback workbooks",
                        "processor time, all threads",
                        "floor",
                        "read by the workbook library",
                        "peer: FastExcel",
                        "rerun, nothing new",
                        "rerun, one changed workbook");
    }

    @Test
    void benchRunsOnTheDatabaseItIsGiven() {
        Path database = dir.resolve("given-db");
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        String printed = capture(() -> assertThat(HuizongCommand.execute("bench", "--files", "3", "--db", url))
                .isZero());
        assertThat(printed).contains("bench: files=3 ");
        assertThat(dir.resolve("given-db.mv.db"))
                .as("the job's database is the one given, not a scratch one")
                .exists();
    }

    private static String capture(Runnable action) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            action.run();
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
