package org.huizong.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.period.RunContext;
import org.huizong.period.RunContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** A step class on its own, without a job: the output folder step removes what a killed run left half-written, only that. */
class OutputFolderTaskletTest {

    @TempDir
    Path root;

    @Test
    void removesTheHalfWrittenFilesOfAKilledRunAndNothingElse() throws Exception {
        Path config = Files.createDirectories(root.resolve("config"));
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
        RunContext run = new RunContextFactory(List.of())
                .create(
                        "2026-10",
                        root.resolve("input").toString(),
                        root.resolve("output").toString(),
                        config.toString());
        Path folder = Files.createDirectories(run.periodOutput().resolve("反馈/东城区"));
        Path written = Files.writeString(run.periodOutput().resolve("汇总表.xlsx"), "written");
        Path halfWritten = Files.writeString(folder.resolve("东城区市场监督管理局_第1版_反馈.xlsx.part"), "half");
        StepContribution contribution = new StepContribution(new StepExecution(
                "outputFolderStep",
                new JobExecution(1L, new JobInstance(1L, MonthlyJobConfiguration.JOB), new JobParameters())));

        RepeatStatus status = new OutputFolderTasklet(run).execute(contribution, null);

        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        assertThat(halfWritten).doesNotExist();
        assertThat(written).hasContent("written");
    }
}
