package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.TestDatabase;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.portal.user.PortalUser;
import org.huizong.portal.user.UserFile;
import org.huizong.system.PeriodJobLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The portal as {@code serve} runs it, on a random port, over the {@link PortalFixture} city; the monthly job has run
 * once for 2026-10 before the first test (on a fresh database). The portal test classes share this context and its data:
 * a test that changes what others read works on a period or unit of its own.
 */
@AutoConfigureMockMvc
@SpringBootTest(
        classes = HuizongApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
public abstract class PortalTestContext {

    protected static final PortalFixture CITY = PortalFixture.create();

    @LocalServerPort
    protected int port;

    @Autowired
    private JobRepository repository;

    @Autowired
    private JobOperator operator;

    @Autowired
    @Qualifier(MonthlyJobConfiguration.JOB)
    private Job monthlyJob;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "portal");
        registry.add("huizong.data-dir", () -> CITY.data().toString());
        registry.add("huizong.portal.input", () -> CITY.input().toString());
        registry.add("huizong.portal.output", () -> CITY.output().toString());
        registry.add("huizong.portal.config", () -> CITY.config().toString());
    }

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    protected MockMvc mvc;

    @BeforeEach
    void monthlyJobRanOnce() throws Exception {
        synchronized (PortalTestContext.class) {
            if (jdbc.sql("SELECT COUNT(*) FROM period_unit WHERE period = :p")
                            .param("p", PortalFixture.PERIOD)
                            .query(Long.class)
                            .single()
                    == 0) {
                runMonth(PortalFixture.PERIOD);
            }
        }
    }

    /** Runs the monthly job for the period on the fixture's folders, as the office would; it must complete. */
    protected void runMonth(String period) throws Exception {
        var execution = new PeriodJobLauncher(repository, operator)
                .run(
                        monthlyJob,
                        period,
                        CITY.input().toString(),
                        CITY.output().toString(),
                        CITY.config().toString());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException(
                    "the monthly job of " + period + " did not complete: " + execution.getAllFailureExceptions());
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The request as the fixture's user of that name, logged in. */
    protected MvcResult perform(String username, RequestBuilder request) throws Exception {
        PortalUser principal = new UserFile(CITY.config()).find(username).orElseThrow();
        if (request instanceof AbstractMockHttpServletRequestBuilder<?> builder) {
            builder.with(user(principal));
        }
        return mvc.perform(request).andReturn();
    }

    protected int status(String username, RequestBuilder request) throws Exception {
        return perform(username, request).getResponse().getStatus();
    }

    /** Uploads the workbook for the period as the user through the page's form; returns the id of the upload it shows. */
    protected long uploadAs(String username, String period, Path workbook) throws Exception {
        MvcResult result = perform(
                username,
                multipart("/bureau/" + period + "/upload")
                        .file(new MockMultipartFile(
                                "file",
                                workbook.getFileName().toString(),
                                "application/octet-stream",
                                Files.readAllBytes(workbook)))
                        .with(csrf()));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirected to the upload's findings").contains("/uploads/");
        return Long.parseLong(location.replaceAll(".*/uploads/(\\d+).*", "$1"));
    }
}
