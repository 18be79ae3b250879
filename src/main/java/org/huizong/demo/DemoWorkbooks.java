package org.huizong.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.huizong.unit.Uscc;

/**
 * Writes the demo city's submissions into {@code input/}: each as its bureau would send it (the variants), with its
 * planted file defects, and with its received time as the file's last-modified time.
 */
public final class DemoWorkbooks {

    static final String UNKNOWN_UNIT_NAME = "示例市未登记服务中心";
    static final String UNKNOWN_UNIT_USCC = "12990100MB0009990";

    private final FormDescriptor form;
    private final FormWorkbookWriter writer = new FormWorkbookWriter();

    public DemoWorkbooks(FormDescriptor form) {
        this.form = form;
    }

    /** Writes every submission of the plan below {@code inputDir}; returns the number of files. */
    public int write(DemoCityPlan plan, Path inputDir) throws IOException {
        return write(plan, plan.submissions(), inputDir);
    }

    /** Writes every submission of the plan, telling {@code written} how many are done after each. */
    public int write(DemoCityPlan plan, Path inputDir, java.util.function.IntConsumer written) throws IOException {
        return write(plan, plan.submissions(), inputDir, written);
    }

    /** Writes the given submissions of the plan (their originals must be among them for duplicates). */
    public int write(DemoCityPlan plan, List<DemoSubmission> submissions, Path inputDir) throws IOException {
        return write(plan, submissions, inputDir, done -> {});
    }

    /**
     * Writes the originals on every core, then the duplicates (copies of originals); {@code written} hears the count of
     * files done, from one thread at a time.
     */
    private int write(
            DemoCityPlan plan, List<DemoSubmission> submissions, Path inputDir, java.util.function.IntConsumer written)
            throws IOException {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Consumer<DemoSubmission> one = submission -> {
            try {
                write(plan, submission, inputDir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            synchronized (written) {
                written.accept(done.incrementAndGet());
            }
        };
        java.util.concurrent.ForkJoinPool pool =
                new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> submissions.parallelStream()
                            .filter(s -> s.defect() != FileDefect.DUPLICATE_COPY)
                            .forEach(one))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the demo's workbooks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException unchecked
                    ? unchecked.getCause()
                    : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        submissions.stream()
                .filter(s -> s.defect() == FileDefect.DUPLICATE_COPY)
                .forEach(one);
        return submissions.size();
    }

    private void write(DemoCityPlan plan, DemoSubmission submission, Path inputDir) throws IOException {
        Path target = inputDir.resolve(submission.relativePath());
        Files.createDirectories(target.getParent());
        switch (submission.defect()) {
            case CORRUPT_BYTES ->
                Files.write(target, randomBytes(submission.relativePath().hashCode()));
            case NOT_A_FORM ->
                writer.writeTable(
                        "人员名单",
                        List.of(
                                List.of(submission.unit().name() + "在职人员名册"),
                                List.of("序号", "姓名", "岗位", "联系电话"),
                                List.of(1, "王五", "办公室主任", "0990-7654321"),
                                List.of(2, "赵六", "信息公开专员", "0990-7654322")),
                        target);
            case DUPLICATE_COPY ->
                Files.copy(
                        inputDir.resolve(plan.originalOf(submission).relativePath()),
                        target,
                        StandardCopyOption.REPLACE_EXISTING);
            default ->
                writer.write(
                        form,
                        new FilledForm(info(submission), submission.values(), submission.rawTexts()),
                        options(submission),
                        target);
        }
        Files.setLastModifiedTime(
                target,
                FileTime.from(
                        submission.receivedAt().atZone(ZoneId.systemDefault()).toInstant()));
    }

    private Map<String, String> info(DemoSubmission submission) {
        Map<String, String> info = new HashMap<>();
        boolean unknown = submission.defect() == FileDefect.UNKNOWN_UNIT;
        info.put(
                InfoField.UNIT_NAME,
                unknown ? UNKNOWN_UNIT_NAME : submission.unit().name());
        info.put(
                InfoField.USCC,
                unknown ? UNKNOWN_UNIT_USCC + Uscc.checkCharacter(UNKNOWN_UNIT_USCC) : submission.writtenUscc());
        info.put(InfoField.COUNTY, submission.unit().countyName());
        info.put(
                InfoField.PERIOD, ReportPeriod.month(submission.writtenPeriod()).label());
        info.put(InfoField.FILLER, "信息公开专员");
        info.put(
                InfoField.PHONE,
                "0990-" + (6000000 + Math.abs(submission.unit().uscc().hashCode() % 1000000)));
        info.put(InfoField.TEMPLATE, form.templateVersion());
        return info;
    }

    private static WriteOptions options(DemoSubmission submission) {
        Set<Variant> v = submission.variants();
        boolean uncached = v.contains(Variant.FORMULAS_WITHOUT_CACHE);
        return new WriteOptions(
                v.contains(Variant.LEGACY_XLS),
                v.contains(Variant.TITLE_ROW_INFO),
                uncached || v.contains(Variant.FORMULA_TOTALS),
                uncached,
                v.contains(Variant.RENAMED_SHEETS),
                v.contains(Variant.SHUFFLED_SHEETS),
                v.contains(Variant.BLANK_ROWS_AND_COLUMNS),
                v.contains(Variant.REMARK_COLUMN),
                v.contains(Variant.HALF_WIDTH_LABELS),
                submission.defect() == FileDefect.MISSING_SHEET_T4 ? Set.of("T4") : Set.of(),
                submission.defect() == FileDefect.RENAMED_LABEL_T3_R04 ? Map.of("T3.R04", "（二）部分公开信息") : Map.of());
    }

    private static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[2048];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        return bytes;
    }
}
