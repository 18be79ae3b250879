package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portal is bounded by design: a period after the open month or outside the offered range is not found for every
 * role (nothing is built, stored or run for it), a run of a month to come that happened anyway leads no period list,
 * and however many distinct periods are asked for, the run contexts held stay few and the heap flat.
 */
@Tag(Suites.DATABASE)
class PortalBoundsTests extends PortalTestContext {

    private static final String NEXT = YearMonth.now().toString();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PortalPeriods periods;

    @Test
    void aPeriodToComeOrOutsideTheRangeIsNotFoundForEveryRole() throws Exception {
        for (String period : List.of(NEXT, "0000-01", "9999-12", "2099", "1990-01")) {
            assertThat(status("bureau", get("/bureau/" + period))).as(period).isEqualTo(404);
            assertThat(status("bureau", get("/bureau/" + period + "/template")))
                    .as(period)
                    .isEqualTo(404);
            assertThat(status("county", get("/county").param("period", period)))
                    .as(period)
                    .isEqualTo(404);
            assertThat(status("office", get("/office").param("period", period)))
                    .as(period)
                    .isEqualTo(404);
            assertThat(status("assessor", get("/assessor/items").param("period", period)))
                    .as(period)
                    .isEqualTo(404);
        }
        MvcResult future = perform("bureau", get("/bureau/" + NEXT));
        assertThat(future.getResponse().getErrorMessage())
                .as("the reason says what is offered")
                .contains("门户不提供")
                .contains("至");

        long uploads =
                jdbc.sql("SELECT COUNT(*) FROM portal_upload").query(Long.class).single();
        MvcResult upload = perform(
                "bureau",
                multipart("/bureau/0000-01/upload")
                        .file(new MockMultipartFile(
                                "file",
                                "月报.xlsx",
                                "application/octet-stream",
                                Files.readAllBytes(
                                        PortalFixture.workbookA(CITY.root().resolve("bounds"), "东城区市场监督管理局_古", false))))
                        .with(csrf()));
        assertThat(upload.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_upload")
                        .query(Long.class)
                        .single())
                .as("nothing stored")
                .isEqualTo(uploads);
        assertThat(Files.exists(CITY.input().resolve("0000-01"))).isFalse();

        long runs = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")
                .query(Long.class)
                .single();
        assertThat(status("office", post("/office/runs").param("period", NEXT).with(csrf())))
                .as("the office runs no month to come")
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")
                        .query(Long.class)
                        .single())
                .isEqualTo(runs);
    }

    @Test
    void aRunOfAMonthToComeLeadsNoPeriodListNorTheDefaultPage() throws Exception {
        jdbc.sql("""
                INSERT INTO period_unit (period, uscc, name, county_code, county_name, level, category)
                VALUES (:p, :u, '东城区市场监督管理局', '990102', '东城区', 'COUNTY_DEPT', '市场监管')
                """).param("p", NEXT).param("u", PortalFixture.UNIT_A).update();
        try {
            assertThat(periods.known()).doesNotContain(NEXT).startsWith(periods.openMonth());
            assertThat(periods.latest()).isNotEqualTo(NEXT);
            for (String user : List.of("office", "county")) {
                String page = perform(user, get("/" + user)).getResponse().getContentAsString(StandardCharsets.UTF_8);
                // the month's link and label, not any text: an upload made today shows today's date on the page
                assertThat(page)
                        .as(user)
                        .doesNotContain("/" + user + "/" + NEXT)
                        .doesNotContain(label(NEXT))
                        .contains(PortalFixture.PERIOD);
            }
            assertThat(perform("bureau", get("/bureau")).getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(YearMonth.parse(NEXT).getYear() + "年"
                            + YearMonth.parse(NEXT).getMonthValue() + "月</a>");
        } finally {
            jdbc.sql("DELETE FROM period_unit WHERE period = :p")
                    .param("p", NEXT)
                    .update();
        }
    }

    @Test
    void aFewHundredDistinctPeriodsLeaveTheRunContextsHeldAndTheHeapFlat() throws Exception {
        List<String> asked = new ArrayList<>();
        YearMonth month = YearMonth.now().minusMonths(150);
        for (int i = 0; i < 300; i++, month = month.plusMonths(1)) {
            asked.add(month.toString());
        }
        for (int year = 2000; year < 2030; year++) {
            asked.add(String.valueOf(year));
        }
        status("office", get("/office"));
        long before = usedHeap();
        int found = 0;
        for (String period : asked) {
            int status = status("office", get("/office").param("period", period));
            assertThat(status).as(period).isIn(200, 404);
            found += status == 200 ? 1 : 0;
        }
        assertThat(found).as("more offered periods than the contexts held").isGreaterThan(12);
        assertThat(periods.contextsHeld())
                .as("run contexts held (huizong.portal.run-contexts)")
                .isLessThanOrEqualTo(12);
        long grown = usedHeap() - before;
        assertThat(grown)
                .as("heap growth in bytes after %s distinct periods (about 0.28 MB a context)", asked.size())
                .isLessThan(24L * 1024 * 1024);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String label(String month) {
        return YearMonth.parse(month).getYear() + "年" + YearMonth.parse(month).getMonthValue() + "月";
    }
}
