package org.huizong.system;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The jobs' steps by the names the office reads, in the order the jobs run them (publishing's branches as declared). */
public final class JobSteps {

    private static final Map<String, String> LABELS = labels("scanStep", "扫描收件箱", "ingestStep", "读取与校验",
            "ingestWorkerStep", "读取与校验", "versionStep", "版本", "historyStep", "历史比对", "rollupStep", "年度累计",
            "crossUnitStep", "跨单位检查", "consolidateStep", "汇总", "outputFolderStep", "整理输出目录", "csvStep", "CSV 文件",
            "summaryStep", "汇总表", "validationReportStep", "校验报告", "rankingStep", "考核排名", "reportStep", "报告",
            "feedbackStep", "反馈工作簿", "feedbackWorkerStep", "反馈工作簿",
            "unitTablesStep", "单位年报表", "draftReportStep", "年报草稿", "publishedStep", "记录发布依据");
    private static final List<String> ORDER = List.copyOf(LABELS.keySet());

    private JobSteps() {
    }

    /** The office's name for a step (a partition of the ingestion is named as the ingestion). */
    public static String label(String stepName) {
        return LABELS.getOrDefault(base(stepName), stepName);
    }

    /** A step's name without its partition ({@code ingestWorkerStep:partition0}). */
    public static String base(String stepName) {
        return stepName.contains(":") ? stepName.substring(0, stepName.indexOf(':')) : stepName;
    }

    /** The steps that failed, in the order the jobs run them: branches of publishing may fail side by side. */
    public static List<StepExecution> failed(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                .sorted(Comparator.comparingInt(s -> {
                    int at = ORDER.indexOf(base(s.getStepName()));
                    return at < 0 ? ORDER.size() : at;
                })).toList();
    }

    /** "输出文件、报告失败" for the steps that failed; empty when none did. */
    public static String failedNames(List<StepExecution> failed) {
        return failed.isEmpty() ? "" : failed.stream().map(s -> label(s.getStepName())).distinct().collect(Collectors.joining("、")) + "失败";
    }

    private static Map<String, String> labels(String... namesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            labels.put(namesAndLabels[i], namesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
