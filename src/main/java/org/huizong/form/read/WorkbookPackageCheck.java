package org.huizong.form.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at a file before any workbook library does: its size, whether it is an .xlsx package (else a BIFF .xls,
 * whose sheets, rows and cells the readers count), and for an .xlsx the sizes its entries declare, their expansion
 * ratio, the number of sheets and a macro project. Before the workbook library opens an .xlsx, {@link #countCells}
 * counts the rows and cells of its sheets by streaming their XML. A zip bomb, a macro workbook or a sheet beyond the
 * limits is refused without a workbook model ever being built.
 */
final class WorkbookPackageCheck {

    private static final String MACROS = "vbaproject.bin";
    private static final String WORKSHEET_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String BINARY_WORKBOOK = "xl/workbook.bin";

    /** What a file is by its content. */
    enum Kind {
        XLSX,
        BIFF
    }

    private final WorkbookLimits limits;

    WorkbookPackageCheck(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** @return whether the file is an .xlsx package or else a BIFF .xls (or nothing the library can open) */
    Kind check(Path file) throws WorkbookTooLargeException, UnreadableWorkbookException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableWorkbookException(FileProblem.EMPTY, null);
        }
        if (size > limits.maxFileBytes()) {
            throw new WorkbookTooLargeException(
                    FileProblem.FILE_SIZE, megabytes(size), megabytes(limits.maxFileBytes()));
        }
        if (!isZip(file)) {
            return Kind.BIFF;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (declaresMacros(zip)) {
                throw new UnreadableWorkbookException(FileProblem.MACRO, null);
            }
            if (zip.getEntry(BINARY_WORKBOOK) != null) {
                throw new UnreadableWorkbookException(FileProblem.XLSB, null);
            }
            long uncompressed = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(MACROS)) {
                    throw new UnreadableWorkbookException(FileProblem.MACRO, null);
                }
                long declared = Math.max(entry.getSize(), 0);
                uncompressed += declared;
                if (entry.getCompressedSize() > 0
                        && declared / entry.getCompressedSize() > limits.maxExpansionRatio()
                        && declared > 1024 * 1024) {
                    throw new WorkbookTooLargeException(
                            FileProblem.EXPANSION_RATIO, declared / entry.getCompressedSize());
                }
            }
            if (uncompressed > limits.maxUncompressedBytes()) {
                throw new WorkbookTooLargeException(
                        FileProblem.UNCOMPRESSED_SIZE,
                        megabytes(uncompressed),
                        megabytes(limits.maxUncompressedBytes()));
            }
            int sheets = worksheetParts(zip).size();
            if (sheets > limits.maxSheets()) {
                throw new WorkbookTooLargeException(FileProblem.SHEETS, sheets, limits.maxSheets());
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableWorkbookException("corrupt zip: " + e.getMessage(), e);
        }
        return Kind.XLSX;
    }

    /** The worksheet parts the package's content types declare, whatever they are called. */
    private static java.util.Set<String> worksheetParts(ZipFile zip) throws IOException, UnreadableWorkbookException {
        java.util.Set<String> parts = new java.util.LinkedHashSet<>();
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null) {
            return parts;
        }
        try (InputStream in = zip.getInputStream(types)) {
            javax.xml.stream.XMLStreamReader xml = org.huizong.form.SafeXmlInput.open(in);
            try {
                while (xml.hasNext()) {
                    if (org.huizong.form.SafeXmlInput.next(xml) == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("Override")
                            && WORKSHEET_TYPE.equals(xml.getAttributeValue(null, "ContentType"))) {
                        String name = xml.getAttributeValue(null, "PartName");
                        parts.add(name != null && name.startsWith("/") ? name.substring(1) : name);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new UnreadableWorkbookException("content types: " + e.getMessage(), e);
        }
        return parts;
    }

    /**
     * Counts the rows and cells of every sheet of a checked .xlsx package, for the workbook library, which holds the
     * whole package in memory. (The streaming reader counts them as it reads.)
     */
    void countCells(Path file) throws WorkbookTooLargeException, UnreadableWorkbookException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            SheetXmlCounter counter = new SheetXmlCounter(limits);
            for (String part : worksheetParts(zip)) {
                ZipEntry entry = zip.getEntry(part);
                if (entry != null) {
                    try (InputStream xml = zip.getInputStream(entry)) {
                        counter.count(entry.getName(), xml);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableWorkbookException("corrupt zip: " + e.getMessage(), e);
        }
    }

    /** A macro-enabled package, whatever its VBA part is called: its content types or relationships say so. */
    private static boolean declaresMacros(ZipFile zip) throws IOException {
        for (String part : new String[] {"[Content_Types].xml", "xl/_rels/workbook.xml.rels"}) {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null || entry.getSize() > 1024 * 1024) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String text = new String(in.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8)
                        .toLowerCase(java.util.Locale.ROOT);
                if (text.contains("macroenabled") || text.contains("vbaproject")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the file is a zip package by its first bytes (else a BIFF .xls, or nothing the library can open). */
    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1fMB", bytes / 1024.0 / 1024.0);
    }
}
