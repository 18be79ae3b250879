package org.huizong.form.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at a file before any workbook library does: its size, and for an .xlsx package the sizes its entries
 * declare, their expansion ratio, the number of sheets and a macro project, so that a zip bomb or a macro workbook
 * is refused without being inflated.
 */
final class WorkbookPackageCheck {

    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final String MACROS = "vbaproject.bin";

    private final WorkbookLimits limits;

    WorkbookPackageCheck(WorkbookLimits limits) {
        this.limits = limits;
    }

    void check(Path file) throws WorkbookTooLargeException, UnreadableWorkbookException, IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new WorkbookTooLargeException("文件大小" + megabytes(size) + "，超过上限" + megabytes(limits.maxFileBytes()));
        }
        if (!isZip(file)) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long uncompressed = 0;
            int sheets = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(MACROS)) {
                    throw new UnreadableWorkbookException("macro", null);
                }
                if (WORKSHEET.matcher(entry.getName()).matches()) {
                    sheets++;
                }
                long declared = Math.max(entry.getSize(), 0);
                uncompressed += declared;
                if (entry.getCompressedSize() > 0 && declared / entry.getCompressedSize() > limits.maxExpansionRatio()
                        && declared > 1024 * 1024) {
                    throw new WorkbookTooLargeException("压缩比异常（" + declared / entry.getCompressedSize() + "倍），疑似压缩炸弹");
                }
            }
            if (uncompressed > limits.maxUncompressedBytes()) {
                throw new WorkbookTooLargeException("解压后大小" + megabytes(uncompressed) + "，超过上限" + megabytes(limits.maxUncompressedBytes()));
            }
            if (sheets > limits.maxSheets()) {
                throw new WorkbookTooLargeException("工作表" + sheets + "张，超过上限" + limits.maxSheets() + "张");
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableWorkbookException("corrupt zip: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1fMB", bytes / 1024.0 / 1024.0);
    }
}
