package org.huizong.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.huizong.form.ReportPeriod;

/**
 * The period's input folder, looked at before a job starts: a missing folder (a mistyped --input or --period) is the
 * operator's to fix, and a folder without a single file would publish a summary of no units, a ranking of zeros that
 * the next month compares itself with. Neither runs unless asked for.
 */
final class InputFolder {

    private InputFolder() {
    }

    /** Refuses a monthly run whose folder is missing or holds no file, unless {@code allowEmpty}. */
    static void requireFiles(Path input, ReportPeriod period, boolean allowEmpty) {
        Path folder = input.resolve(period.code());
        if (!Files.isDirectory(folder)) {
            if (allowEmpty && Files.isDirectory(input)) {
                return;
            }
            throw new UsageProblem("找不到本期的收件目录 " + folder.toAbsolutePath().normalize()
                    + "。请检查 --input 和期别；各单位的报表应放在 " + input + "/" + period.code() + "/ 下。");
        }
        if (!allowEmpty && !holdsAFile(folder)) {
            throw new UsageProblem("收件目录 " + folder.toAbsolutePath().normalize() + " 中没有任何文件，未运行，也未生成输出。"
                    + "如确需发布一份没有任何单位的汇总，请加 --allow-empty。");
        }
    }

    /** Refuses an annual run whose input folder (the root, as GIA-Y workbooks are optional) is missing. */
    static void requireRoot(Path input) {
        if (!Files.isDirectory(input)) {
            throw new UsageProblem("找不到收件目录 " + input.toAbsolutePath().normalize() + "。请检查 --input。");
        }
    }

    private static boolean holdsAFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
