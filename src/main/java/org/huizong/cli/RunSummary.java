package org.huizong.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.validation.SubmissionStatus;

/** The closing lines of a run: what this run read, where the period stands, where the outputs are. */
final class RunSummary {

    private final Map<SubmissionStatus, Integer> files;
    private final long libraryReads;
    private final Path periodOutput;

    /**
     * {@code files}: how many files this run read ended in each status; {@code libraryReads}: how many of them the
     * streaming readers left to the workbook library (each named in the log with the reason).
     */
    RunSummary(Map<SubmissionStatus, Integer> files, long libraryReads, Path periodOutput) {
        this.files = files;
        this.libraryReads = libraryReads;
        this.periodOutput = periodOutput;
    }

    void print(ReportPeriod period, PrintStream out) throws IOException {
        out.printf("%s %s任务完成。%n", period.code(), period.kind() == PeriodKind.MONTH ? "月度" : "年度");
        out.printf("本次读取文件 %d 个：接收 %d（其中有警告 %d），退回 %d，拒收 %d，重复 %d。%n", total(),
                files.get(SubmissionStatus.ACCEPTED) + files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
                files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS), files.get(SubmissionStatus.RETURNED),
                files.get(SubmissionStatus.REJECTED), files.get(SubmissionStatus.DUPLICATE));
        if (libraryReads > 0) {
            out.printf("其中 %d 个文件由通用读取方式读取（含需重新计算的公式等，原因见运行日志）。%n", libraryReads);
        }
        Map<SubmissionStatus, Integer> units = unitStatuses();
        int total = units.values().stream().mapToInt(Integer::intValue).sum();
        int counted = units.entrySet().stream().filter(e -> e.getKey().isCounted()).mapToInt(Map.Entry::getValue).sum();
        out.printf("本期应报单位 %d 个：已接收 %d，退回 %d，拒收 %d，%s %d。%n", total, counted,
                units.getOrDefault(SubmissionStatus.RETURNED, 0), units.getOrDefault(SubmissionStatus.REJECTED, 0),
                SubmissionStatus.MISSING.label(period.kind()), units.getOrDefault(SubmissionStatus.MISSING, 0));
        out.printf("输出目录：%s（consolidated.csv、findings.csv、completeness.csv、ranking.csv、汇总表.xlsx、汇总报告.pdf、对比分析.xlsx、对比分析.pdf、"
                + "校验报告.xlsx、排名.xlsx、排名.pdf、反馈/）%n", periodOutput);
        out.println("运行日志：logs/huizong.log");
    }

    void printShort(ReportPeriod period, PrintStream out) {
        out.printf("%s 完成：读取 %d 个文件，接收 %d，退回 %d，拒收 %d，重复 %d。%n", period.code(), total(),
                files.get(SubmissionStatus.ACCEPTED) + files.get(SubmissionStatus.ACCEPTED_WITH_WARNINGS),
                files.get(SubmissionStatus.RETURNED), files.get(SubmissionStatus.REJECTED), files.get(SubmissionStatus.DUPLICATE));
    }

    private int total() {
        return files.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<SubmissionStatus, Integer> unitStatuses() throws IOException {
        Map<SubmissionStatus, Integer> counts = new EnumMap<>(SubmissionStatus.class);
        try (Reader reader = Files.newBufferedReader(periodOutput.resolve("completeness.csv"), StandardCharsets.UTF_8)) {
            reader.skip(1);
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                counts.merge(SubmissionStatus.valueOf(row.get("status")), 1, Integer::sum);
            }
        }
        return counts;
    }
}
