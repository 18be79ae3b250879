package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The main journey of each role in a real browser (Debian's headless Chromium), saving a screenshot of every main page
 * under target/screenshots/: a bureau answers a warning and uploads a corrected workbook, the county returns a
 * submission, the office runs the month and downloads its outputs, an assessor reads the ranking down to the cells, and
 * the office restarts a run that failed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(Suites.DATABASE)
@Tag(Suites.BROWSER)
class PortalJourneyTests extends PortalBrowserTests {

    private static final String P = PortalFixture.PERIOD;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @Order(1)
    void aBureauAnswersAWarningAndUploadsAWorkbookAndSeesItsFindingsAtOnce() throws Exception {
        browser.open("/login");
        assertThat(browser.pageText()).contains("登录").contains("用户名").contains("密码");
        browser.screenshot("00-login");
        browser.login("bureau", PortalFixture.PASSWORD);
        assertThat(browser.url()).endsWith("/bureau");
        assertThat(browser.text("#periods")).contains("2026年10月").contains("已纳入（有警告）");
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("01-bureau-periods");

        browser.clickLink("2026年10月");
        assertThat(browser.text("#status")).isEqualTo("已纳入（有警告）");
        assertThat(browser.text("#findings"))
                .contains("Q-GUIZHANG")
                .contains("表二")
                .contains("D5")
                .contains("规章");
        browser.find("form.justify textarea").sendKeys("本局受市政府委托代拟规章草案，已按要求填报。");
        browser.click("form.justify button");
        browser.waitForText("body", "说明已保存", 15); // the click submits: wait for the next page
        assertThat(browser.pageText()).contains("说明已保存").contains("已说明：本局受市政府委托代拟规章草案");

        Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(5));
        Path folder = Files.createDirectories(CITY.root().resolve("desktop"));
        Path workbook = new FixtureWorkbooks(folder)
                .monthly("东城区市场监督管理局10月报表（修改）", values, Map.of("T2.G3.M4", "十二件"), WriteOptions.official());
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("02-bureau-period");
        browser.upload(workbook);
        assertThat(browser.text("#upload-result")).isEqualTo("退回待改");
        assertThat(browser.text("#upload-stage")).isEqualTo("已校验，未提交");
        assertThat(browser.pageText())
                .contains("V01")
                .contains("表二")
                .contains("十二件")
                .contains("东城区市场监督管理局10月报表（修改）.xlsx");
        assertThat(browser.text("#consequences")).contains("已纳入的第 1 版不再计入汇总");
        browser.screenshot("03-bureau-upload");
        browser.click("#confirm");
        browser.click("#submit");
        browser.waitForText("body", "已提交", 15); // the click submits: wait for the next page
        assertThat(browser.text("#upload-stage")).isEqualTo("已提交，待入库");
        browser.clickLink("返回本期");
        assertThat(browser.text("#uploads")).contains("已提交，待入库");
        browser.open("/bureau/2099-01");
        assertThat(browser.text("h1")).isEqualTo("没有找到");
        browser.screenshot("00-not-found");
        browser.logout();
    }

    @Test
    @Order(2)
    void theCountyCoordinatorReturnsASubmissionAndTheBureauSeesWhy() {
        browser.login("county", PortalFixture.PASSWORD);
        assertThat(browser.url()).contains("/county");
        assertThat(browser.text("#units")).contains("东城区市场监督管理局").doesNotContain("示例市商务局");
        browser.screenshot("04-county-completeness");
        browser.clickLink("东城区市场监督管理局");
        browser.find("#reason").sendKeys("依申请公开办结数与台账不符，请核实后重报");
        browser.click("#return-confirm");
        browser.click("#return");
        browser.waitForText("body", "已退回", 15); // the click submits: wait for the next page
        assertThat(browser.text("#status")).isEqualTo("退回待改");
        assertThat(browser.pageText()).contains("已退回").contains("依申请公开办结数与台账不符");
        browser.screenshot("05-county-unit");
        browser.logout();

        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/" + P);
        assertThat(browser.text(".return-reason")).isEqualTo("依申请公开办结数与台账不符，请核实后重报");
        assertThat(browser.text("#findings")).contains("R-RETURN");
        browser.logout();
    }

    @Test
    @Order(3)
    void theOfficeRunsTheMonthWatchesItsProgressAndDownloadsTheOutputs() {
        browser.login("office", PortalFixture.PASSWORD);
        assertThat(browser.url()).contains("/office");
        assertThat(browser.text("#grid")).contains("东城区").contains("市本级").contains("全市");
        assertThat(browser.pageText()).contains("份上传尚未入库");
        browser.screenshot("06-office-grid");

        browser.click("#run-period");
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/office/runs/\\d+$"), 20);
        browser.waitForText("#p-steps", "扫描收件箱", 20);
        browser.waitForText("#p-status", "已完成", 180);
        assertThat(browser.text("#p-steps")).contains("读取与校验").contains("汇总").contains("反馈工作簿");
        browser.waitForText("#p-percent", "全部步骤已完成", 10);
        assertThat(browser.text("#p-files")).matches("\\d+ / \\d+");
        assertThat(jdbc.sql("""
                SELECT f.version FROM portal_upload u JOIN received_file f ON f.period = u.period AND f.relative_path = u.relative_path
                WHERE u.original_name = :name
                """)
                        .param("name", "东城区市场监督管理局10月报表（修改）.xlsx")
                        .query(Integer.class)
                        .single())
                .as("the job took the bureau's upload as its next version")
                .isGreaterThan(1);
        browser.screenshot("07-office-run");

        browser.clickLink("输出文件");
        assertThat(browser.text("#outputs"))
                .contains("completeness.csv")
                .contains("校验报告.xlsx")
                .contains("反馈/");
        browser.screenshot("08-office-outputs");
        browser.clickLink("汇总任务");
        assertThat(browser.text("#runs")).contains("月度任务").contains("已完成");
        browser.screenshot("09-office-runs");
        browser.clickLink("操作日志");
        assertThat(browser.text("#audit"))
                .contains("登录")
                .contains("上传校验")
                .contains("提交报表")
                .contains("填写说明")
                .contains("退回")
                .contains("运行任务");
        browser.screenshot("10-office-audit");
        browser.logout();
    }

    @Test
    @Order(4)
    void anAssessorReadsTheRankingAndDrillsDownToTheSourceCells() {
        browser.login("assessor", PortalFixture.PASSWORD);
        assertThat(browser.url()).contains("/assessor");
        assertThat(browser.pageText()).contains("区县").contains("东城区").contains("模型");
        browser.screenshot("11-assessor-ranking");
        browser.clickLink("东城区");
        assertThat(browser.text("#breakdown")).contains("报送及时").contains("主动公开").contains("区县取所辖");
        assertThat(browser.text("#county-units")).contains("东城区市场监督管理局");
        browser.screenshot("12-assessor-county-breakdown");
        browser.clickLink("返回排名");
        browser.clickLink("示例市商务局");
        assertThat(browser.text("#breakdown"))
                .contains("依申请办结率")
                .contains("表三“（七）总计·总计”")
                .doesNotContain("T3.R24.C7");
        browser.screenshot("13-assessor-unit-breakdown");
        browser.click("#sources a");
        browser.waitForText("body", "报表数据及来源单元格", 15); // the click submits: wait for the next page
        assertThat(browser.pageText()).contains("报表数据及来源单元格");
        assertThat(browser.all("tr.hit"))
                .as("the item the score was computed from, with its sheet and cell")
                .hasSize(1);
        browser.screenshot("14-assessor-source-cells");
        browser.clickLink("汇总数据");
        browser.clickLink("所辖单位 →");
        assertThat(browser.text("#city-value")).isNotEqualTo("—");
        assertThat(browser.text("#unit-values")).containsAnyOf("东城区市场监督管理局", "示例市商务局");
        browser.screenshot("15-assessor-drilldown");
        browser.logout();
    }

    @Test
    @Order(5)
    void theOfficeRestartsAFailedRunWhereItStopped() throws Exception {
        Path outputs = CITY.output().resolve(P);
        Path aside = CITY.output().resolve(P + "-aside");
        Files.move(outputs, aside);
        Files.writeString(outputs, "a file where the period's output folder should be: the output step fails");
        browser.login("office", PortalFixture.PASSWORD);
        browser.click("#run-period");
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/office/runs/\\d+$"), 20);
        String failedRun = browser.url();
        browser.waitForText("#p-status", "失败", 180);
        assertThat(browser.text("#p-steps")).contains("CSV 文件");
        assertThat(browser.find("#p-restart").isDisplayed()).isTrue();
        assertThat(browser.text("#p-failure"))
                .as("every publishing branch fails, the first in the job's order named first")
                .startsWith("CSV 文件、汇总表、校验报告、考核排名、报告、反馈工作簿失败：")
                .contains("已有同名文件或文件夹")
                .doesNotContainPattern("[A-Z][a-z]+Exception");
        assertThat(browser.find("#p-bar").getAttribute("class"))
                .as("the bar stops, red, where the run failed")
                .isEqualTo("failed");
        assertThat(browser.text("#p-percent")).startsWith("在完成").doesNotContain("100%");
        browser.screenshot("16-office-failed-run");

        Files.delete(outputs);
        Files.delete(
                aside.resolve(".inputs-sha256")); // else the restart finds the same inputs published and leaves them
        Files.move(aside, outputs);
        browser.click("#p-restart button");
        browser.waitFor(
                d -> d.getCurrentUrl().matches(".*/office/runs/\\d+$")
                        && !d.getCurrentUrl().equals(failedRun),
                20);
        browser.waitForText("#p-status", "已完成", 180);
        assertThat(browser.text("#p-steps")).contains("CSV 文件").contains("反馈工作簿");
        browser.screenshot("17-office-restarted-run");
        browser.clickLink("汇总任务");
        var rows = browser.all("#runs tbody tr");
        assertThat(rows.get(0).getText()).as("the restart").contains("已完成");
        assertThat(rows.get(1).getText()).as("the failed run").contains("失败");
        assertThat(rows.get(1).findElements(org.openqa.selenium.By.tagName("button")))
                .as("a failed run run again since needs nothing")
                .isEmpty();
        assertThat(rows.get(0)
                        .findElements(org.openqa.selenium.By.tagName("td"))
                        .get(3)
                        .getText())
                .as("the same run of the period, restarted (not a new one)")
                .isEqualTo(rows.get(1)
                        .findElements(org.openqa.selenium.By.tagName("td"))
                        .get(3)
                        .getText());
        browser.logout();
    }
}
