package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A check is not a submission: an upload is held until the bureau submits it, a submission that would cost the unit its
 * accepted version or its punctuality needs a confirmation, a submission no run has taken can be withdrawn, and junk,
 * repeated bytes and uploads past the cap are not stored. Works on 示例市商务局 (whose 2026-10 version is accepted and
 * was received in time), leaving no submission behind for the other tests' runs.
 */
@Tag(Suites.DATABASE)
class PortalSubmissionTests extends PortalTestContext {

    private static final String P = PortalFixture.PERIOD;
    private static final String B = PortalFixture.UNIT_B;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anUploadIsHeldUntilSubmittedAndAWithdrawnSubmissionLeavesTheInputFolder() throws Exception {
        List<Path> before = inputFiles();
        long id = uploadAs(
                "bureau2",
                P,
                PortalFixture.workbook(CITY.root().resolve("sub-1"), "商务局_十月_改", B, "2026年10月", 8, Map.of()));
        assertThat(stage(id)).isEqualTo("CHECKED");
        assertThat(inputFiles())
                .as("a checked upload does not reach input/<period>/")
                .isEqualTo(before);
        String page = page("bureau2", "/bureau/" + P + "/uploads/" + id);
        assertThat(page)
                .contains("已校验，未提交")
                .contains("提交这份报表")
                .contains("已过截止日期（2026-11-05）")
                .contains("是按时报送的")
                .contains("我已了解上述后果");

        MvcResult unconfirmed = perform(
                "bureau2", post("/bureau/" + P + "/uploads/" + id + "/submit").with(csrf()));
        assertThat(String.valueOf(unconfirmed.getFlashMap().get("error")))
                .as("lateness over an in-time version needs a confirmation")
                .contains("请先阅读提交的后果");
        assertThat(stage(id)).isEqualTo("CHECKED");

        perform(
                "bureau2",
                post("/bureau/" + P + "/uploads/" + id + "/submit")
                        .param("confirm", "true")
                        .with(csrf()));
        assertThat(stage(id)).isEqualTo("SUBMITTED");
        List<Path> added =
                inputFiles().stream().filter(f -> !before.contains(f)).toList();
        assertThat(added).as("the submitted workbook, under its generated name").hasSize(1);
        assertThat(added.get(0).toString()).contains("市本级").contains("门户上传");
        LocalDateTime submitted = jdbc.sql("SELECT submitted_at FROM portal_upload WHERE id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toLocalDateTime();
        assertThat(Files.getLastModifiedTime(added.get(0)).toInstant())
                .as("its received time is the time of submission")
                .isEqualTo(submitted.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(page("bureau2", "/bureau/" + P)).contains("已提交，待入库");

        perform("bureau2", post("/bureau/" + P + "/uploads/" + id + "/withdraw").with(csrf()));
        assertThat(stage(id)).isEqualTo("CHECKED");
        assertThat(inputFiles()).as("withdrawn: back in the holding area").isEqualTo(before);

        MvcResult discarded = perform(
                "bureau2", post("/bureau/" + P + "/uploads/" + id + "/discard").with(csrf()));
        assertThat(discarded.getResponse().getRedirectedUrl()).isEqualTo("/bureau/" + P);
        assertThat(stage(id)).isEqualTo("DISCARDED");
        assertThat(status(
                        "bureau2",
                        post("/bureau/" + P + "/uploads/" + id + "/submit")
                                .param("confirm", "true")
                                .with(csrf())))
                .as("a discarded upload is not submitted")
                .isEqualTo(409);
        assertThat(heldFiles()).noneMatch(f -> f.getFileName().toString().startsWith(id + "."));
        assertThat(auditActions()).contains("UPLOAD", "SUBMIT", "WITHDRAW", "DISCARD");
    }

    @Test
    void aSubmissionWithErrorsOverAnAcceptedVersionSaysItWillStopCountingAndNeedsAConfirmation() throws Exception {
        long id = uploadAs(
                "bureau2",
                P,
                PortalFixture.workbook(
                        CITY.root().resolve("sub-2"), "商务局_十月_有错", B, "2026年10月", 9, Map.of("T2.G3.M4", "十二件")));
        String page = page("bureau2", "/bureau/" + P + "/uploads/" + id);
        assertThat(page).contains("处错误").contains("已纳入的第 1 版不再计入汇总").contains("本期状态变为“退回待改”");
        MvcResult unconfirmed = perform(
                "bureau2", post("/bureau/" + P + "/uploads/" + id + "/submit").with(csrf()));
        assertThat(String.valueOf(unconfirmed.getFlashMap().get("error"))).contains("请先阅读提交的后果");
        assertThat(stage(id)).isEqualTo("CHECKED");
        perform("bureau2", post("/bureau/" + P + "/uploads/" + id + "/discard").with(csrf()));
        assertThat(stage(id)).isEqualTo("DISCARDED");
    }

    @Test
    void aSubmissionARunTookCannotBeWithdrawnNorOneWhileARunHoldsThePeriod() throws Exception {
        long id = uploadAs(
                "bureau2",
                P,
                PortalFixture.workbook(CITY.root().resolve("sub-3"), "商务局_十月_三", B, "2026年10月", 10, Map.of()));
        perform(
                "bureau2",
                post("/bureau/" + P + "/uploads/" + id + "/submit")
                        .param("confirm", "true")
                        .with(csrf()));
        String path = jdbc.sql("SELECT relative_path FROM portal_upload WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        jdbc.sql(
                        "INSERT INTO period_lease (period, owner, renewed_at) VALUES (:p, 'monthlyJob#998', CURRENT_TIMESTAMP)")
                .param("p", P)
                .update();
        try {
            MvcResult busy = perform(
                    "bureau2",
                    post("/bureau/" + P + "/uploads/" + id + "/withdraw").with(csrf()));
            assertThat(busy.getResponse().getStatus()).isEqualTo(409);
            assertThat(busy.getResponse().getErrorMessage()).isEqualTo("本期汇总任务正在运行，请在任务结束后再试。");
        } finally {
            jdbc.sql("DELETE FROM period_lease WHERE period = :p AND owner = 'monthlyJob#998'")
                    .param("p", P)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO inbox_file (period, relative_path, sha256, size_bytes, received_at, done) VALUES (:p, :path, :sha, 1, CURRENT_TIMESTAMP, FALSE)
                """)
                .param("p", P)
                .param("path", path)
                .param("sha", "0".repeat(64))
                .update();
        try {
            MvcResult taken = perform(
                    "bureau2",
                    post("/bureau/" + P + "/uploads/" + id + "/withdraw").with(csrf()));
            assertThat(taken.getResponse().getStatus()).isEqualTo(409);
            assertThat(taken.getResponse().getErrorMessage()).contains("汇总任务已经读取了这份报表，不能撤回");
            assertThat(stage(id)).isEqualTo("SUBMITTED");
        } finally {
            jdbc.sql("DELETE FROM inbox_file WHERE period = :p AND relative_path = :path")
                    .param("p", P)
                    .param("path", path)
                    .update();
        }
        perform("bureau2", post("/bureau/" + P + "/uploads/" + id + "/withdraw").with(csrf()));
        perform("bureau2", post("/bureau/" + P + "/uploads/" + id + "/discard").with(csrf()));
        assertThat(stage(id)).isEqualTo("DISCARDED");
    }

    @Test
    void junkIsRefusedWithoutBeingStoredAndTheRefusalIsAudited() throws Exception {
        long uploads = count("SELECT COUNT(*) FROM portal_upload");
        long refusals = count("SELECT COUNT(*) FROM portal_audit WHERE action = 'UPLOAD_REFUSED'");
        for (byte[] junk : List.of(
                "<html><table><tr><td>1</td></tr></table></html>".getBytes(StandardCharsets.UTF_8),
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))) {
            MvcResult result = perform(
                    "bureau2",
                    multipart("/bureau/" + P + "/upload")
                            .file(new MockMultipartFile("file", "月报.xls", "application/vnd.ms-excel", junk))
                            .with(csrf()));
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bureau/" + P);
            assertThat(String.valueOf(result.getFlashMap().get("error")))
                    .containsAnyOf("不是 Excel 工作簿", "不是可读取的Excel工作簿");
        }
        assertThat(count("SELECT COUNT(*) FROM portal_upload"))
                .as("nothing stored")
                .isEqualTo(uploads);
        assertThat(count("SELECT COUNT(*) FROM portal_audit WHERE action = 'UPLOAD_REFUSED'"))
                .isEqualTo(refusals + 2);
        try (Stream<Path> staged = Files.list(CITY.data().resolve("portal-uploads"))) {
            assertThat(staged).as("no staged copy left behind").isEmpty();
        }
        MvcResult byScript = perform(
                "bureau2",
                multipart("/bureau/" + P + "/upload")
                        .file(new MockMultipartFile(
                                "file",
                                "月报.xls",
                                "application/vnd.ms-excel",
                                "<html></html>".getBytes(StandardCharsets.UTF_8)))
                        .header(PortalController.SCRIPT_UPLOAD_HEADER, "script")
                        .accept("application/json")
                        .with(csrf()));
        assertThat(byScript.getResponse().getStatus()).isEqualTo(422);
        assertThat(byScript.getResponse().getErrorMessage())
                .as("the reason the script shows")
                .contains("不是 Excel 工作簿");
    }

    @Test
    void theSameBytesAreNotStoredTwiceAndTheCapPerUnitAndPeriodHolds() throws Exception {
        Path workbook = PortalFixture.workbook(CITY.root().resolve("sub-5"), "商务局_九月", B, "2026年9月", 11, Map.of());
        long first = uploadAs("bureau2", "2026-09", workbook);
        long uploads = count("SELECT COUNT(*) FROM portal_upload");
        MvcResult again = perform(
                "bureau2",
                multipart("/bureau/2026-09/upload")
                        .file(new MockMultipartFile(
                                "file", "再传一次.xlsx", "application/octet-stream", Files.readAllBytes(workbook)))
                        .with(csrf()));
        assertThat(again.getResponse().getRedirectedUrl())
                .isEqualTo("/bureau/2026-09/uploads/" + first + "?repeated=1");
        assertThat(count("SELECT COUNT(*) FROM portal_upload")).isEqualTo(uploads);
        assertThat(page("bureau2", "/bureau/2026-09/uploads/" + first + "?repeated=1"))
                .contains("内容完全相同，未重复保存");

        int cap = 30;
        long stored = count("SELECT COUNT(*) FROM portal_upload WHERE unit_uscc = '" + B + "' AND period = '2026-09'");
        for (long i = stored; i < cap; i++) {
            jdbc.sql("""
                    INSERT INTO portal_upload (period, unit_uscc, relative_path, original_name, sha256, size_bytes, uploaded_at, uploaded_by, status, stage)
                    VALUES ('2026-09', :uscc, :path, 'x.xlsx', :sha, 1, CURRENT_TIMESTAMP, 'bureau2', 'ACCEPTED', 'DISCARDED')
                    """)
                    .param("uscc", B)
                    .param("path", "市本级/x" + i + ".xlsx")
                    .param("sha", String.format("%064d", i))
                    .update();
        }
        MvcResult capped = perform(
                "bureau2",
                multipart("/bureau/2026-09/upload")
                        .file(new MockMultipartFile(
                                "file",
                                "第31份.xlsx",
                                "application/octet-stream",
                                Files.readAllBytes(PortalFixture.workbook(
                                        CITY.root().resolve("sub-6"), "商务局_九月_二", B, "2026年9月", 12, Map.of()))))
                        .with(csrf()));
        assertThat(String.valueOf(capped.getFlashMap().get("error"))).contains("已上传并校验 30 份，达到上限");
        assertThat(count("SELECT COUNT(*) FROM portal_upload WHERE unit_uscc = '" + B + "' AND period = '2026-09'"))
                .isEqualTo(cap);
    }

    private String page(String username, String path) throws Exception {
        MvcResult result = perform(username, get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String stage(long id) {
        return jdbc.sql("SELECT stage FROM portal_upload WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT DISTINCT action FROM portal_audit WHERE username = 'bureau2'")
                .query(String.class)
                .list();
    }

    private List<Path> inputFiles() throws Exception {
        try (Stream<Path> files = Files.walk(CITY.input())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private List<Path> heldFiles() throws Exception {
        Path held = CITY.data().resolve("portal-holding");
        if (!Files.isDirectory(held)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(held)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
