package org.huizong.portal.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.huizong.form.ReportPeriod;
import org.huizong.portal.PortalProperties;
import org.huizong.report.AnnualReportDrafts;

/**
 * What the jobs wrote for a period under {@code output/<period>/}. A download names a file by its path as listed here
 * and is served only if it is in the listing: a request's text is never resolved as a path.
 */
public final class OutputFiles {

    /** One output file, by its path relative to the period's folder. */
    public record OutputFile(String path, long size, LocalDateTime modified) {

        public String sizeText() {
            return size < 1024
                    ? size + " B"
                    : size < 1024 * 1024 ? size / 1024 + " KB" : String.format("%.1f MB", size / 1048576.0);
        }

        public boolean isAnnualDraft() {
            return AnnualReportDrafts.isDraftFile(path.substring(path.lastIndexOf('/') + 1));
        }

        public String folder() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    private final PortalProperties folders;

    public OutputFiles(PortalProperties folders) {
        this.folders = folders;
    }

    public List<OutputFile> list(ReportPeriod period) {
        Path root = folders.output().resolve(period.code());
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .map(f -> describe(root, f))
                    .sorted(java.util.Comparator.comparing(
                                    (OutputFile f) -> !f.folder().isEmpty())
                            .thenComparing(OutputFile::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** The file listed under this path, if any. */
    public Optional<Path> find(ReportPeriod period, String path) {
        Path root = folders.output().resolve(period.code());
        return list(period).stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .map(f -> root.resolve(f.path()));
    }

    /** Every output of the period in one zip. */
    public void zip(ReportPeriod period, OutputStream out) throws IOException {
        zip(period, file -> true, out);
    }

    /** The drafts of the year's annual reports (and the list of those without one) in one zip. */
    public void zipDrafts(ReportPeriod period, OutputStream out) throws IOException {
        zip(period, OutputFile::isAnnualDraft, out);
    }

    /** Whether the period has drafts of annual reports. */
    public boolean hasDrafts(ReportPeriod period) {
        return list(period).stream().anyMatch(OutputFile::isAnnualDraft);
    }

    private void zip(ReportPeriod period, java.util.function.Predicate<OutputFile> which, OutputStream out)
            throws IOException {
        Path root = folders.output().resolve(period.code());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (OutputFile file : list(period).stream().filter(which).toList()) {
                zip.putNextEntry(new ZipEntry(period.code() + "/" + file.path()));
                Files.copy(root.resolve(file.path()), zip);
                zip.closeEntry();
            }
        }
    }

    private static OutputFile describe(Path root, Path file) {
        try {
            return new OutputFile(
                    root.relativize(file).toString().replace('\\', '/'),
                    Files.size(file),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
