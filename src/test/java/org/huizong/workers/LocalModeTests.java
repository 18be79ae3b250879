package org.huizong.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.huizong.HuizongApplication;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.huizong.monthly.JobWorkFolder;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.portal.PortalFixture;
import org.huizong.system.JobStep;
import org.huizong.system.LocalPartitions;
import org.huizong.system.PartitionedSteps;
import org.huizong.system.PeriodJobLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without {@code --workers remote} (the default build, a city on one machine) the jobs run their partitions on their own
 * threads and never connect to a broker: here the broker's address is a socket of the test that counts who calls.
 */
@SpringBootTest(classes = HuizongApplication.class)
@Tag(Suites.DATABASE)
class LocalModeTests {

    private static final JobWorkFolder WORK = JobWorkFolder.create("huizong-local-");
    private static final ServerSocket BROKER = listen();
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JobRepository repository;

    @Autowired
    private JobOperator operator;

    @Autowired
    @Qualifier(MonthlyJobConfiguration.JOB)
    private Job monthlyJob;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "local-mode");
        registry.add("huizong.data-dir", () -> WORK.data().toString());
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", BROKER::getLocalPort);
    }

    @AfterAll
    static void closeBroker() throws IOException {
        BROKER.close();
    }

    @Test
    void theMonthlyJobRunsItsPartitionsHereAndNeverCallsTheBroker() throws Exception {
        WORK.config(FixtureWorkbooks.UNITS_CSV);
        PortalFixture.workbookA(WORK.root().resolve("input").resolve("2026-10").resolve("东城区"), "东城区市场监督管理局", true);

        var execution = new PeriodJobLauncher(repository, operator)
                .run(
                        monthlyJob,
                        "2026-10",
                        WORK.root().resolve("input").toString(),
                        WORK.root().resolve("output").toString(),
                        WORK.root().resolve("config").toString());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(context.getBean(PartitionedSteps.class)).isInstanceOf(LocalPartitions.class);
        assertThat(context.getBeansOfType(IntegrationFlow.class))
                .as("no message flows")
                .isEmpty();
        assertThat(execution.getStepExecutions())
                .extracting(s -> s.getStepName())
                .contains(JobStep.FEEDBACK.stepName())
                .noneMatch(name -> name.startsWith(JobStep.FEEDBACK_WORKER.stepName()));
        assertThat(CALLS).as("connections to the broker").hasValue(0);
    }

    private static ServerSocket listen() {
        try {
            ServerSocket socket = new ServerSocket(0);
            Thread accept = new Thread(
                    () -> {
                        while (!socket.isClosed()) {
                            try (Socket call = socket.accept()) {
                                CALLS.incrementAndGet();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "broker-calls");
            accept.setDaemon(true);
            accept.start();
            return socket;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
