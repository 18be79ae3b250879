package org.huizong.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.huizong.bench.BenchCity;
import org.huizong.bench.BenchReport;
import org.huizong.bench.HeapPeak;
import org.huizong.bench.PeerReading;
import org.huizong.bench.PhysicalFloor;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.JobStep;
import org.huizong.text.Messages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    private static final List<String> PHASES = List.of(
            JobStep.SCAN.stepName(),
            JobStep.INGEST.stepName(),
            JobStep.VERSION.stepName(),
            JobStep.HISTORY.stepName(),
            JobStep.CROSS_UNIT.stepName(),
            JobStep.CONSOLIDATE.stepName(),
            JobStep.CSV.stepName(),
            JobStep.SUMMARY.stepName(),
            JobStep.VALIDATION_REPORT.stepName(),
            JobStep.REPORT.stepName(),
            JobStep.RANKING.stepName(),
            JobStep.FEEDBACK.stepName());

    @Option(names = "--files", defaultValue = "2000", paramLabel = "N")
    int files;

    @Option(names = "--keep")
    boolean keep;

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @Override
    public Integer call() throws Exception {
        if (files < 1) {
            throw new UsageProblem(Messages.text("cli.bench.tooFewFiles"));
        }
        Path scratch = Files.createTempDirectory("huizong-bench-");
        JobOptions options = new JobOptions();
        options.input = scratch.resolve("input");
        options.output = scratch.resolve("output");
        options.config = Files.createDirectories(scratch.resolve("config"));
        options.db = db;
        try (JobRunner runner = new JobRunner(options.springProperties(scratch.resolve("data")))) {
            generate(options);
            List<Path> workbooks;
            try (Stream<Path> walk = Files.walk(options.input)) {
                workbooks = walk.filter(Files::isRegularFile).toList();
            }
            long bytes = 0;
            for (Path workbook : workbooks) {
                bytes += Files.size(workbook);
            }
            double floor = floorSeconds(workbooks);
            IngestionProgress progress = runner.bean(IngestionProgress.class);
            System.gc(); // the generation's garbage is not the job's
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long declinesBefore = org.huizong.form.FastPath.STREAMED_READER.declines();
            long feedbackDeclinesBefore = org.huizong.form.FastPath.STREAMED_FEEDBACK.declines();
            JobExecution execution;
            long peakHeap;
            try (HeapPeak heap = new HeapPeak()) {
                execution = runner.run(MonthlyJobConfiguration.JOB, BenchCity.MONTH.toString(), options);
                peakHeap = heap.megabytes();
            }
            double job = (System.nanoTime() - start) / 1e9;
            double jobCpu = (processCpuNanos() - cpuStart) / 1e9;
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.out.println("bench: the monthly job did not complete: " + execution.getStatus());
                return HuizongCommand.FAILED;
            }
            System.out.printf(
                    "read by the workbook library (streamed reader declined): %d of %d files%n",
                    org.huizong.form.FastPath.STREAMED_READER.declines() - declinesBefore, workbooks.size());
            System.out.printf(
                    "feedback written by the workbook library (streamed writer declined): %d%n",
                    org.huizong.form.FastPath.STREAMED_FEEDBACK.declines() - feedbackDeclinesBefore);
            double peer = peerReadSeconds(workbooks);
            double rerun = timed(runner, options, "rerun, nothing new");
            changeOneWorkbook(options);
            double rerunChanged = timed(runner, options, "rerun, one changed workbook");
            new BenchReport(
                            workbooks.size(),
                            bytes,
                            phases(execution),
                            progress.readSeconds(),
                            progress.storeSeconds(),
                            job,
                            jobCpu,
                            floor,
                            peer,
                            rerun,
                            rerunChanged,
                            peakHeap)
                    .print(System.out);
        } finally {
            if (!keep) {
                FolderCleaner.delete(scratch);
            } else {
                System.out.println("scratch folder kept: " + scratch);
            }
        }
        return HuizongCommand.OK;
    }

    /** The peer's reading of the same files, measured twice, the second time with the files in the page cache. */
    private static double peerReadSeconds(List<Path> workbooks) {
        PeerReading peer = new PeerReading();
        peer.read(workbooks);
        long start = System.nanoTime();
        peer.read(workbooks);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The monthly job run once more, in seconds; -1 when it did not complete. */
    private static double timed(JobRunner runner, JobOptions options, String what) throws Exception {
        long start = System.nanoTime();
        JobExecution execution = runner.run(MonthlyJobConfiguration.JOB, BenchCity.MONTH.toString(), options);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.out.println("bench: " + what + " did not complete: " + execution.getStatus());
            return -1;
        }
        return seconds;
    }

    /** A new version of the first unit's workbook, with other figures, as a correction arrives. */
    private void changeOneWorkbook(JobOptions options) throws IOException {
        BenchCity city = BenchCity.generate(files, 20261);
        DemoSubmission first = city.submissions().get(0);
        Map<String, java.math.BigDecimal> values = new java.util.LinkedHashMap<>(first.values());
        values.replaceAll((item, value) -> item.equals("T1.B01.V") ? value.add(java.math.BigDecimal.ONE) : value);
        values.computeIfPresent("T1.B04.V", (item, value) -> value.add(java.math.BigDecimal.ONE));
        String path = first.relativePath().replaceFirst("(\\.xlsx?)$", Messages.text("cli.bench.corrected") + "$1");
        DemoSubmission corrected = new DemoSubmission(
                first.unit(),
                first.period(),
                values,
                first.rawTexts(),
                first.variants(),
                first.defect(),
                path,
                first.receivedAt().plusHours(1),
                first.version() + 1,
                first.mistakes());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(city.plan(), List.of(corrected), options.input);
    }

    /**
     * Writes the city's directory, settings and workbooks. The generated city is dropped before the job runs: its
     * values (a hundred per workbook) would otherwise count against the job's heap.
     */
    private void generate(JobOptions options) throws IOException {
        BenchCity city = BenchCity.generate(files, 20261);
        Files.writeString(options.config.resolve("units.csv"), city.unitsCsv());
        Files.writeString(options.config.resolve("city.yml"), city.cityYml());
        new DemoWorkbooks(FormCatalog.bundled().get(FormCatalog.MONTHLY))
                .write(city.plan(), city.submissions(), options.input);
    }

    /**
     * The processor time of the whole process, every thread: on a shared machine it varies less than the wall time,
     * and it shows how much of the job's work both cores shared.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** The floor measured twice, the second time with the files in the page cache as the job will find them. */
    private static double floorSeconds(List<Path> workbooks) throws Exception {
        PhysicalFloor floor = new PhysicalFloor();
        floor.scan(workbooks);
        long start = System.nanoTime();
        floor.scan(workbooks);
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, Double> phases(JobExecution execution) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String phase : PHASES) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStepName().equals(phase) && step.getStartTime() != null && step.getEndTime() != null) {
                    seconds.put(
                            phase,
                            Duration.between(step.getStartTime(), step.getEndTime())
                                            .toMillis()
                                    / 1000.0);
                }
            }
        }
        execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(JobStep.OUTPUT_FOLDER.stepName()))
                .map(StepExecution::getStartTime)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(from -> execution.getStepExecutions().stream()
                        .map(StepExecution::getEndTime)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .ifPresent(to -> seconds.put(
                                BenchReport.PUBLISHING,
                                Duration.between(from, to).toMillis() / 1000.0)));
        return seconds;
    }
}
