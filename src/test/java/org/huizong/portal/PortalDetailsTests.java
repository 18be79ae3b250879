package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The smaller things the issue found: days late for a unit that never sent, a return that needs a confirmation and can be
 * undone, a run the repository does not have, cookies and headers, and no English on the pages the office reads. Works
 * on 2026-07, a month of its own, where only 东城区市场监督管理局 sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(Suites.DATABASE)
class PortalDetailsTests extends PortalTestContext {

    private static final String JULY = "2026-07";

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    void julyWithOneUnitMissing() throws Exception {
        PortalFixture.receivedAt(
                PortalFixture.workbook(
                        CITY.input().resolve(JULY).resolve("东城区"),
                        "东城区市场监督管理局7月",
                        PortalFixture.UNIT_A,
                        "2026年7月",
                        3,
                        Map.of()),
                Instant.parse("2026-08-03T09:00:00Z"));
        runMonth(JULY);
    }

    @Test
    void aUnitThatNeverSentIsLateByTheDaysSinceTheDeadline() throws Exception {
        String county = page("county2", "/county?period=" + JULY);
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse("2026-08-05"), java.time.LocalDate.now());
        assertThat(county).contains("示例市商务局").contains(days + "（未报送）");
        assertThat(page("bureau2", "/bureau/" + JULY)).contains(days + " 天（尚未报送）");
        assertThat(page("bureau", "/bureau/" + JULY)).as("in time").contains("<dt>逾期</dt><dd>否</dd>");
    }

    @Test
    void aReturnNeedsAConfirmationAndCanBeUndone() throws Exception {
        String path = "/county/" + JULY + "/units/" + PortalFixture.UNIT_A + "/return";
        MvcResult unconfirmed =
                perform("county", post(path).param("reason", "数字与台账不符").with(csrf()));
        assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(400);
        assertThat(unconfirmed.getResponse().getErrorMessage()).contains("请勾选确认");
        assertThat(currentStatus()).isEqualTo("ACCEPTED_WITH_WARNINGS");

        perform(
                "county",
                post(path).param("reason", "数字与台账不符").param("confirm", "true").with(csrf()));
        assertThat(currentStatus()).isEqualTo("RETURNED");
        assertThat(page("bureau", "/bureau/" + JULY)).contains("数字与台账不符");

        perform("county", post(path + "/undo").with(csrf()));
        assertThat(currentStatus()).as("as its own findings say again").isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(page("bureau", "/bureau/" + JULY))
                .as("an undone return no longer stands")
                .doesNotContain("区县退回");
        assertThat(page("county", "/units/" + JULY + "/" + PortalFixture.UNIT_A))
                .contains("版本记录")
                .contains("第 1 版");
        assertThat(status("county", post(path + "/undo").with(csrf())))
                .as("nothing left to undo")
                .isEqualTo(409);
        assertThat(jdbc.sql(
                                "SELECT detail FROM portal_audit WHERE action IN ('RETURN', 'RETURN_UNDONE') ORDER BY id DESC FETCH FIRST 2 ROWS ONLY")
                        .query(String.class)
                        .list())
                .containsExactly("撤销对第 1 版的退回", "退回第 1 版：数字与台账不符");
    }

    @Test
    void aRunTheRepositoryDoesNotHaveIsNotFoundNotAServerError() throws Exception {
        MvcResult progress = perform("office", get("/office/runs/987654/progress"));
        assertThat(progress.getResponse().getStatus()).isEqualTo(404);
        assertThat(progress.getResponse().getErrorMessage()).isEqualTo("没有这次运行");
    }

    @Test
    void sessionsAreByCookieOnlyWithSameSiteAndPagesSendNoReferrerAbroad() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .containsPattern("^(SESSION|JSESSIONID)=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        HttpResponse<String> missing = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/no-such-page"))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).as("to the login page first").isEqualTo(302);
        assertThat(missing.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login").doesNotContain(";"));
    }

    @Test
    void theOfficesPagesNameNoExceptionNorEnglishStatus() throws Exception {
        mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user("no-such-user")
                        .password("wrong-password"));
        String audit = page("office", "/office/audit?action=LOGIN_FAILED");
        assertThat(audit).contains("用户名或密码不对").doesNotContain("Exception").doesNotContain("Bad");
        String runs = page("office", "/office/runs");
        assertThat(runs).contains("已完成").doesNotContainPattern("COMPLETED|FAILED|monthlyJob");
        String unit = page("office", "/units/" + JULY + "/" + PortalFixture.UNIT_A);
        assertThat(unit).doesNotContain("null");
    }

    private String currentStatus() {
        return jdbc.sql("SELECT status FROM received_file WHERE period = :p AND unit_uscc = :u AND is_current = TRUE")
                .param("p", JULY)
                .param("u", PortalFixture.UNIT_A)
                .query(String.class)
                .single();
    }

    private String page(String username, String path) throws Exception {
        MvcResult result = perform(username, get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
