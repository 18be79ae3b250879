package org.huizong.portal;

import org.huizong.HuizongApplication;
import org.huizong.fixtures.TestDatabase;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.system.PeriodJobLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal as {@code serve} runs it, on a random port, over the {@link PortalFixture} city; the monthly job has run
 * once for 2026-10 before the first test (on a fresh database). The portal test classes share this context and its data.
 */
@AutoConfigureMockMvc
@SpringBootTest(classes = HuizongApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
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

    @BeforeEach
    void monthlyJobRanOnce() throws Exception {
        synchronized (PortalTestContext.class) {
            if (jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single() == 0) {
                var execution = new PeriodJobLauncher(repository, operator).run(monthlyJob, PortalFixture.PERIOD, CITY.input().toString(),
                        CITY.output().toString(), CITY.config().toString());
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new IllegalStateException("the fixture's monthly job did not complete: " + execution.getAllFailureExceptions());
                }
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
