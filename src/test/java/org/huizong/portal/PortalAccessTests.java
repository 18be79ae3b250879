package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.huizong.fixtures.Suites;
import org.huizong.report.AnnualReportDrafts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every endpoint that takes a unit, county, submission, upload, finding, run or file, asked by a user who may not see it:
 * a bureau with another unit's ids, a coordinator with another county's units, any role outside its own area, and the
 * office with paths outside the period's outputs. Each gets 403 or 404 and nothing changes.
 */
@Tag(Suites.DATABASE)
class PortalAccessTests extends PortalTestContext {

    private static final String P = PortalFixture.PERIOD;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aBureauCannotReadOrWriteAnotherUnitsFilesUploadsOrFindings() throws Exception {
        long fileA = currentFile(PortalFixture.UNIT_A);
        long fileB = currentFile(PortalFixture.UNIT_B);
        long findingA =
                jdbc.sql("""
                SELECT MIN(x.id) FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.unit_uscc = :u
                """).param("u", PortalFixture.UNIT_A).query(Long.class).single();
        long answersBefore = answers(PortalFixture.UNIT_A);
        long uploadA = uploadAs(
                "bureau", P, PortalFixture.workbookA(CITY.root().resolve("tmp-a"), "东城区市场监督管理局_access", false));
        long uploadB =
                uploadAs("bureau2", P, PortalFixture.workbookB(CITY.root().resolve("tmp-b"), "示例市商务局_access"));

        assertThat(status("bureau", get("/bureau/" + P + "/files/" + fileA))).isEqualTo(200);
        assertThat(status("bureau", get("/bureau/" + P + "/files/" + fileB))).isEqualTo(404);
        assertThat(status("bureau2", get("/bureau/" + P + "/files/" + fileA))).isEqualTo(404);
        assertThat(status("bureau", get("/bureau/" + P + "/uploads/" + uploadB)))
                .isEqualTo(404);
        assertThat(status("bureau2", get("/bureau/" + P + "/uploads/" + uploadA)))
                .isEqualTo(404);
        for (String step : List.of("submit", "withdraw", "discard")) {
            assertThat(status(
                            "bureau2",
                            post("/bureau/" + P + "/uploads/" + uploadA + "/" + step)
                                    .param("confirm", "true")
                                    .with(csrf())))
                    .as("another unit's upload: " + step)
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT stage FROM portal_upload WHERE id = :id")
                        .param("id", uploadA)
                        .query(String.class)
                        .single())
                .as("another unit's upload stays as it was")
                .isEqualTo("CHECKED");
        assertThat(status(
                        "bureau2",
                        post("/bureau/" + P + "/findings/" + findingA + "/justification")
                                .param("text", "不是我的")
                                .with(csrf())))
                .isEqualTo(404);
        assertThat(answers(PortalFixture.UNIT_A))
                .as("nothing written for the other unit")
                .isEqualTo(answersBefore);
        assertThat(status("bureau", get("/bureau/2099-01")))
                .as("a period that has not begun")
                .isEqualTo(404);
        assertThat(status("bureau", get("/bureau/not-a-period/template"))).isEqualTo(404);
    }

    @Test
    void aBureauCannotUploadAWorkbookOfAnotherUnit() throws Exception {
        List<Path> before = inputFiles();
        long upload = uploadAs("bureau", P, PortalFixture.workbookB(CITY.root().resolve("tmp-c"), "示例市商务局_冒名"));
        assertThat(jdbc.sql("SELECT status FROM portal_upload WHERE id = :id")
                        .param("id", upload)
                        .query(String.class)
                        .single())
                .isEqualTo("REFUSED");
        assertThat(inputFiles())
                .as("the refused workbook is not saved for the job")
                .isEqualTo(before);

        MvcResult notAWorkbook = perform(
                "bureau",
                multipart("/bureau/" + P + "/upload")
                        .file(new MockMultipartFile("file", "../../config/users.csv", "text/csv", "x".getBytes()))
                        .with(csrf()));
        assertThat(notAWorkbook.getResponse().getRedirectedUrl()).isEqualTo("/bureau/" + P);
        assertThat(inputFiles())
                .as("a file name is never a path, and only workbooks are taken")
                .isEqualTo(before);
    }

    @Test
    void aCountyCoordinatorSeesAndReturnsOnlyItsOwnCountysUnits() throws Exception {
        assertThat(status("county", get("/units/" + P + "/" + PortalFixture.UNIT_A)))
                .isEqualTo(200);
        assertThat(status("county", get("/units/" + P + "/" + PortalFixture.UNIT_B)))
                .isEqualTo(404);
        assertThat(status("county2", get("/units/" + P + "/" + PortalFixture.UNIT_A)))
                .isEqualTo(404);
        String statusB = currentStatus(PortalFixture.UNIT_B);
        assertThat(status(
                        "county",
                        post("/county/" + P + "/units/" + PortalFixture.UNIT_B + "/return")
                                .param("reason", "越权")
                                .param("confirm", "true")
                                .with(csrf())))
                .isEqualTo(404);
        assertThat(status(
                        "county",
                        post("/county/" + P + "/units/" + PortalFixture.UNIT_B + "/return/undo")
                                .with(csrf())))
                .isEqualTo(404);
        assertThat(currentStatus(PortalFixture.UNIT_B))
                .as("another county's unit is not returned")
                .isEqualTo(statusB);
        String page = perform("county", get("/county").param("period", P))
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("东城区市场监督管理局").doesNotContain("示例市商务局");
        assertThat(status(
                        "county",
                        get("/office/counties/" + PortalFixture.COUNTY_B).param("period", P)))
                .isEqualTo(403);
    }

    @Test
    void everyRoleStaysInItsOwnArea() throws Exception {
        long run = jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
        String group = jdbc.sql("SELECT MIN(group_name) FROM ranking_entry")
                .query(String.class)
                .single();
        List<RequestBuilder> officeOnly = List.of(
                get("/office"),
                get("/office/counties/" + PortalFixture.COUNTY_A).param("period", P),
                get("/office/runs"),
                get("/office/runs/" + run),
                get("/office/runs/" + run + "/progress"),
                post("/office/runs").param("period", P).with(csrf()),
                post("/office/runs/" + run + "/restart").with(csrf()),
                get("/office/outputs"),
                get("/office/outputs/" + P + "/file").param("path", "completeness.csv"),
                get("/office/outputs/" + P + "/all.zip"),
                get("/office/outputs/2026/drafts.zip"),
                get("/office/audit"));
        List<RequestBuilder> assessorOnly = List.of(
                get("/assessor"),
                get("/assessor/items").param("county", PortalFixture.COUNTY_A),
                get("/assessor/" + P + "/" + group + "/" + PortalFixture.COUNTY_A));
        List<RequestBuilder> countyOnly = List.of(
                get("/county"),
                post("/county/" + P + "/units/" + PortalFixture.UNIT_A + "/return")
                        .param("reason", "x")
                        .param("confirm", "true")
                        .with(csrf()),
                post("/county/" + P + "/units/" + PortalFixture.UNIT_A + "/return/undo")
                        .with(csrf()));
        List<RequestBuilder> bureauOnly = List.of(
                get("/bureau"),
                get("/bureau/" + P),
                get("/bureau/" + P + "/template"),
                get("/bureau/" + P + "/feedback"),
                get("/bureau/" + P + "/files/" + currentFile(PortalFixture.UNIT_A)),
                get("/bureau/2026/annual-report"),
                post("/bureau/" + P + "/uploads/1/submit").with(csrf()),
                post("/bureau/" + P + "/uploads/1/withdraw").with(csrf()),
                post("/bureau/" + P + "/uploads/1/discard").with(csrf()));
        for (String user : List.of("bureau", "county", "office", "assessor")) {
            for (RequestBuilder request : Stream.of(officeOnly, assessorOnly, countyOnly, bureauOnly)
                    .flatMap(List::stream)
                    .toList()) {
                boolean own = (user.equals("office") && officeOnly.contains(request))
                        || (user.equals("assessor") && assessorOnly.contains(request))
                        || (user.equals("county") && countyOnly.contains(request))
                        || (user.equals("bureau") && bureauOnly.contains(request));
                if (!own) {
                    assertThat(status(user, request)).as(user + " " + request).isEqualTo(403);
                }
            }
        }
        assertThat(status("bureau", get("/units/" + P + "/" + PortalFixture.UNIT_A)))
                .as("a bureau sees itself on its own pages only")
                .isEqualTo(403);
        assertThat(mvc.perform(get("/bureau/" + P)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(status(
                        "bureau",
                        post("/bureau/" + P + "/findings/1/justification").param("text", "x")))
                .as("a form without its CSRF token")
                .isEqualTo(403);
    }

    @Test
    void theOfficeDownloadsOnlyWhatThePeriodsOutputsList() throws Exception {
        assertThat(status("office", get("/office/outputs/" + P + "/file").param("path", "completeness.csv")))
                .isEqualTo(200);
        for (String path : List.of(
                "../../config/users.csv",
                "../" + P + "/completeness.csv",
                "/etc/passwd",
                "反馈/../../../config/units.csv")) {
            assertThat(status("office", get("/office/outputs/" + P + "/file").param("path", path)))
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(status("office", get("/office/outputs/..%2F..%2Fconfig/file").param("path", "users.csv")))
                .isIn(400, 404);
        assertThat(status("office", get("/office/runs/999999"))).isEqualTo(404);
    }

    @Test
    void aBureauDownloadsItsPrefilledTemplateAndItsFeedbackWorkbook() throws Exception {
        var template = perform("bureau", get("/bureau/" + P + "/template")).getResponse();
        assertThat(template.getStatus()).isEqualTo(200);
        assertThat(template.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".xlsx");
        assertThat(new String(template.getContentAsByteArray(), 0, 2))
                .as("an xlsx (zip) workbook")
                .isEqualTo("PK");
        var feedback = perform("bureau", get("/bureau/" + P + "/feedback")).getResponse();
        assertThat(feedback.getStatus()).isEqualTo(200);
        assertThat(java.net.URLDecoder.decode(
                        feedback.getHeader("Content-Disposition"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("反馈");
    }

    @Test
    void writesWaitForAJobHoldingThePeriodAndOversizedUploadsAreRefused() throws Exception {
        jdbc.sql(
                        "INSERT INTO period_lease (period, owner, renewed_at) VALUES (:p, 'monthlyJob#999', CURRENT_TIMESTAMP)")
                .param("p", P)
                .update();
        try {
            long answersBefore = answers(PortalFixture.UNIT_A);
            long finding = jdbc.sql("""
                    SELECT MIN(x.id) FROM finding x JOIN received_file f ON f.id = x.file_id WHERE f.unit_uscc = :u AND f.is_current = TRUE
                    """)
                    .param("u", PortalFixture.UNIT_A)
                    .query(Long.class)
                    .single();
            assertThat(status(
                            "bureau",
                            post("/bureau/" + P + "/findings/" + finding + "/justification")
                                    .param("text", "说明")
                                    .with(csrf())))
                    .as("a 说明 while a job holds the period")
                    .isEqualTo(409);
            assertThat(answers(PortalFixture.UNIT_A)).isEqualTo(answersBefore);
            assertThat(status(
                            "county",
                            post("/county/" + P + "/units/" + PortalFixture.UNIT_A + "/return")
                                    .param("reason", "x")
                                    .param("confirm", "true")
                                    .with(csrf())))
                    .as("a return while a job holds the period")
                    .isEqualTo(409);
            assertThat(status("office", post("/office/runs").param("period", P).with(csrf())))
                    .as("a run while another process's run holds the period")
                    .isEqualTo(409);
        } finally {
            jdbc.sql("DELETE FROM period_lease WHERE period = :p AND owner = 'monthlyJob#999'")
                    .param("p", P)
                    .update();
        }
        List<Path> before = inputFiles();
        MvcResult huge = perform(
                "bureau",
                multipart("/bureau/" + P + "/upload")
                        .file(new MockMultipartFile(
                                "file", "大文件.xlsx", "application/octet-stream", new byte[21 * 1024 * 1024]))
                        .with(csrf()));
        assertThat(huge.getResponse().getRedirectedUrl()).isEqualTo("/bureau/" + P);
        assertThat(String.valueOf(huge.getFlashMap().get("error"))).contains("20 MB");
        assertThat(inputFiles()).isEqualTo(before);
    }

    @Test
    void aBureauDownloadsItsOwnAnnualReportDraftOnlyAndTheOfficeEveryDraftInOneZip() throws Exception {
        Path draft = AnnualReportDrafts.draft(CITY.output().resolve("2026"), "东城区", "东城区市场监督管理局", 2026);
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, "草稿");
        Files.writeString(AnnualReportDrafts.pdfOf(draft), "PDF");
        Files.writeString(draft.resolveSibling("东城区市场监督管理局_2026年_统计表.xlsx"), "表");

        MvcResult own = perform("bureau", get("/bureau/2026/annual-report"));
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(own.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("草稿");
        assertThat(perform("bureau", get("/bureau/2026/annual-report.pdf"))
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("PDF");
        assertThat(perform("bureau", get("/bureau/2026")).getResponse().getContentAsString())
                .contains("下载年度报告草稿");
        assertThat(status("bureau2", get("/bureau/2026/annual-report")))
                .as("no draft of its own, and never another's")
                .isEqualTo(404);
        assertThat(status("bureau", get("/bureau/" + P + "/annual-report")))
                .as("a month has no annual report")
                .isEqualTo(404);

        MvcResult started = perform("office", get("/office/outputs/2026/drafts.zip"));
        byte[] zip = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries)
                .containsExactlyInAnyOrder(
                        "2026/年报/东城区/" + draft.getFileName(),
                        "2026/年报/东城区/" + AnnualReportDrafts.pdfOf(draft).getFileName());
    }

    private long answers(String uscc) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM file_justification j JOIN received_file f ON f.id = j.file_id WHERE f.unit_uscc = :u")
                .param("u", uscc)
                .query(Long.class)
                .single();
    }

    private long currentFile(String uscc) {
        return jdbc.sql("SELECT id FROM received_file WHERE unit_uscc = :u AND period = :p AND is_current = TRUE")
                .param("u", uscc)
                .param("p", P)
                .query(Long.class)
                .single();
    }

    private String currentStatus(String uscc) {
        return jdbc.sql("SELECT status FROM received_file WHERE id = :id")
                .param("id", currentFile(uscc))
                .query(String.class)
                .single();
    }

    private List<Path> inputFiles() throws Exception {
        try (Stream<Path> files = Files.walk(CITY.input())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
