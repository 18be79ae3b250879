package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What keeps a bureau's accepted data safe, in a real browser: a check is not a submission (submit, withdraw, discard),
 * a submission with errors over an accepted version says what it will cost before it is made, a 说明 carries over to the
 * next version, a server's reason for refusing reaches the page, and an ended session goes to the login page. The
 * submissions work on 示例市商务局's 2026-10 and leave nothing submitted; the 说明 on 东城区市场监督管理局's 2026-08,
 * a month of its own. Screenshots under target/screenshots/2x-….
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(Suites.BROWSER) // on the embedded database only: its months' states follow from the tests that shared the
// context before it
class PortalSafetyJourneyTests extends PortalBrowserTests {

    private static final String P = PortalFixture.PERIOD;
    private static final String AUGUST = "2026-08";
    private static final String ANSWER = "本局受市政府委托代拟规章草案，已按要求填报。";

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    void anAcceptedAugust() throws Exception {
        Path august = CITY.input().resolve(AUGUST).resolve("东城区");
        PortalFixture.receivedAt(
                PortalFixture.workbook(august, "东城区市场监督管理局8月", PortalFixture.UNIT_A, "2026年8月", 5, Map.of()),
                Instant.parse("2026-09-02T09:00:00Z"));
        runMonth(AUGUST);
    }

    @Test
    @Order(1)
    void aBureauChecksAnUploadThenSubmitsWithdrawsAndDiscardsIt() throws Exception {
        long before = inputFiles();
        browser.login("bureau2", PortalFixture.PASSWORD);
        browser.open("/bureau/" + P);
        Path workbook = PortalFixture.workbook(
                CITY.root().resolve("desktop-b"), "商务局10月报表（更正）", PortalFixture.UNIT_B, "2026年10月", 21, Map.of());
        browser.upload(workbook);
        assertThat(browser.text("#upload-result")).isEqualTo("已纳入");
        assertThat(browser.text("#upload-stage")).isEqualTo("已校验，未提交");
        assertThat(browser.text("#submit-card"))
                .contains("尚未提交")
                .contains("截止日期（2026-11-05）")
                .contains("是按时报送的");
        assertThat(inputFiles()).as("checked, not submitted: nothing in input/").isEqualTo(before);
        browser.screenshot("20-bureau-check");

        browser.click("#confirm");
        browser.click("#submit");
        browser.waitForText("body", "已提交。", 15);
        assertThat(browser.text("#upload-stage")).isEqualTo("已提交，待入库");
        assertThat(inputFiles()).isEqualTo(before + 1);
        browser.screenshot("21-bureau-submitted");

        browser.click("#withdraw");
        browser.waitForText("body", "已撤回", 15);
        assertThat(browser.text("#upload-stage")).isEqualTo("已校验，未提交");
        assertThat(inputFiles()).as("withdrawn before any run took it").isEqualTo(before);
        browser.screenshot("22-bureau-withdrawn");

        browser.click("#discard");
        browser.waitForText("body", "已放弃这次上传", 15);
        assertThat(browser.text("#uploads")).contains("已放弃");
        browser.logout();
    }

    @Test
    @Order(2)
    void aSubmissionWithErrorsOverAnAcceptedVersionSaysWhatItWillCostAndWaitsForAConfirmation() throws Exception {
        browser.login("bureau2", PortalFixture.PASSWORD);
        browser.open("/bureau/" + P);
        Path workbook = PortalFixture.workbook(
                CITY.root().resolve("desktop-b"),
                "商务局10月报表（有错）",
                PortalFixture.UNIT_B,
                "2026年10月",
                22,
                Map.of("T2.G3.M4", "十二件"));
        browser.upload(workbook);
        assertThat(browser.text("#upload-result")).isEqualTo("退回待改");
        assertThat(browser.text("#consequences"))
                .contains("已纳入的第 1 版不再计入汇总")
                .contains("本期状态变为“退回待改”")
                .contains("逾期")
                .contains("考核“报送及时”");
        String page = browser.url();
        browser.click("#submit");
        assertThat(browser.url()).as("unconfirmed, the form is not sent").isEqualTo(page);
        assertThat(browser.text("#upload-stage")).isEqualTo("已校验，未提交");
        browser.screenshot("23-bureau-submit-warning");
        browser.click("#discard");
        browser.waitForText("body", "已放弃这次上传", 15);
        browser.logout();
    }

    @Test
    @Order(3)
    void aJustificationCarriesOverToTheNextVersionWhileTheWarningStands() throws Exception {
        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/" + AUGUST);
        assertThat(browser.text("#findings")).contains("Q-GUIZHANG");
        browser.find("form.justify textarea").sendKeys(ANSWER);
        browser.click("form.justify button");
        browser.waitForText("body", "说明已保存", 15);

        Path workbook = PortalFixture.workbook(
                CITY.root().resolve("desktop-a"), "东城区市场监督管理局8月（更正）", PortalFixture.UNIT_A, "2026年8月", 6, Map.of());
        browser.upload(workbook);
        assertThat(browser.text(".justified"))
                .as("the upload's warning shows the 说明 it will carry")
                .isEqualTo("单位说明（沿用第 1 版）：" + ANSWER);
        browser.screenshot("24-bureau-carry-preview");
        browser.click("#confirm");
        browser.click("#submit");
        browser.waitForText("body", "已提交。", 15);

        runMonth(AUGUST);
        browser.open("/bureau/" + AUGUST);
        assertThat(browser.text("#findings"))
                .contains("第 2 版")
                .contains("Q-GUIZHANG")
                .contains("已说明（沿用第 1 版）：" + ANSWER);
        assertThat(jdbc.sql("""
                SELECT x.justification FROM finding x JOIN received_file f ON f.id = x.file_id
                WHERE f.period = :p AND f.unit_uscc = :u AND f.is_current = TRUE AND x.rule = 'Q-GUIZHANG'
                """)
                        .param("p", AUGUST)
                        .param("u", PortalFixture.UNIT_A)
                        .query(String.class)
                        .single())
                .as("stored with the new version's warning, for the feedback workbook and findings.csv")
                .isEqualTo(ANSWER);
        browser.screenshot("25-bureau-carried");
        browser.logout();
    }

    @Test
    @Order(4)
    void theServersReasonForRefusingReachesThePage() throws Exception {
        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/" + AUGUST);
        jdbc.sql(
                        "INSERT INTO period_lease (period, owner, renewed_at) VALUES (:p, 'monthlyJob#997', CURRENT_TIMESTAMP)")
                .param("p", AUGUST)
                .update();
        try {
            browser.find("form.justify textarea").sendKeys("再补充一句。");
            browser.click("form.justify button");
            browser.waitForText("#reason", "本期汇总任务正在运行，请在任务结束后再试。", 20);
            assertThat(browser.text("h1")).isEqualTo("没有完成");
            assertThat(browser.pageText()).doesNotContain("状态码").doesNotContainPattern("Exception|Conflict");
            browser.screenshot("26-conflict-reason");
        } finally {
            jdbc.sql("DELETE FROM period_lease WHERE owner = 'monthlyJob#997'").update();
        }

        browser.open("/bureau/" + AUGUST);
        Path page = Files.createDirectories(CITY.root().resolve("desktop-a")).resolve("系统导出的月报.xls");
        Files.writeString(page, "<html><body><table><tr><td>依申请公开</td><td>3</td></tr></table></body></html>");
        browser.find("#file").sendKeys(page.toAbsolutePath().toString());
        browser.click("#upload");
        browser.waitForText("#upload-status", "不是 Excel 工作簿", 30);
        assertThat(browser.text("#upload-status")).doesNotContain("状态码").doesNotContain("405");
        browser.screenshot("27-upload-refused");
        browser.logout();
    }

    @Test
    @Order(5)
    void anEndedSessionGoesToTheLoginPageSayingSo() throws Exception {
        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/2099-01");
        assertThat(browser.source()).as("sessions by cookie only").doesNotContainIgnoringCase("jsessionid");
        assertThat(browser.script("return getComputedStyle(document.querySelector('header.top')).backgroundColor"))
                .as("the error page keeps its stylesheet")
                .isEqualTo("rgb(18, 59, 99)");
        assertThat(browser.text("#reason")).contains("门户不提供");

        browser.expireSession();
        browser.open("/bureau/" + P);
        assertThat(browser.url()).endsWith("/login?expired");
        assertThat(browser.text("#expired")).isEqualTo("登录已过期，请重新登录。");
        assertThat(browser.script("return getComputedStyle(document.querySelector('header.top')).backgroundColor"))
                .isEqualTo("rgb(18, 59, 99)");
        browser.screenshot("28-login-expired");

        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/" + P);
        browser.expireSession();
        browser.find("#file")
                .sendKeys(PortalFixture.workbookA(CITY.root().resolve("desktop-a"), "东城区市场监督管理局_过期", false)
                        .toAbsolutePath()
                        .toString());
        browser.click("#upload");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?expired"), 30);
        assertThat(browser.text("#expired")).isEqualTo("登录已过期，请重新登录。");

        browser.login("bureau", PortalFixture.PASSWORD);
        browser.open("/bureau/" + AUGUST);
        browser.expireSession();
        browser.find("form.justify textarea").sendKeys("过期后提交的说明");
        browser.click("form.justify button");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?expired"), 15);
        assertThat(browser.pageText())
                .as("an ended session is not a lack of rights")
                .doesNotContain("无权访问");
        browser.logout();
    }

    @Test
    @Order(6)
    void aCoordinatorSeesTheVersionsAndUndoesAMistakenReturn() {
        browser.login("county", PortalFixture.PASSWORD);
        browser.open("/units/" + AUGUST + "/" + PortalFixture.UNIT_A);
        assertThat(browser.text("#versions"))
                .contains("第 1 版")
                .contains("第 2 版")
                .contains("当前");
        assertThat(browser.text("#status")).isEqualTo("已纳入（有警告）");
        browser.find("#reason").sendKeys("误退：测试");
        browser.click("#return");
        assertThat(browser.text("#status"))
                .as("unconfirmed, nothing is returned")
                .isEqualTo("已纳入（有警告）");
        browser.click("#return-confirm");
        browser.click("#return");
        browser.waitForText("body", "已退回", 15);
        assertThat(browser.text("#status")).isEqualTo("退回待改");
        browser.screenshot("29-county-returned-undo");
        browser.click("#undo-return");
        browser.waitForText("body", "已撤销", 15);
        assertThat(browser.text("#status")).isEqualTo("已纳入（有警告）");
        browser.screenshot("30-county-return-undone");
        browser.logout();
    }

    private long inputFiles() throws Exception {
        try (Stream<Path> files = Files.walk(CITY.input().resolve(P))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
