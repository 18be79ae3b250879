package org.huizong.badfiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies an .xlsx package entry by entry, changing the text of some entries, leaving some out and adding new ones,
 * the way a tool or an attacker would tamper with a workbook. Added content is streamed, never held in memory.
 */
final class ZipRewriter {

    /** Writes the content of an added entry. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<String, UnaryOperator<String>> changes = new LinkedHashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<String, Content> added = new LinkedHashMap<>();
    private final Map<String, long[]> stored = new LinkedHashMap<>();

    ZipRewriter change(String entry, UnaryOperator<String> change) {
        changes.put(entry, change);
        return this;
    }

    ZipRewriter drop(String entry) {
        dropped.add(entry);
        return this;
    }

    ZipRewriter add(String entry, Content content) {
        added.put(entry, content);
        return this;
    }

    /** Adds an entry without compression; its size and CRC-32 must be known before it is written. */
    ZipRewriter addStored(String entry, long size, long crc, Content content) {
        stored.put(entry, new long[] {size, crc});
        return add(entry, content);
    }

    ZipRewriter add(String entry, String text) {
        return add(entry, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    void write(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (dropped.contains(entry.getName())) {
                    continue;
                }
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                UnaryOperator<String> change = changes.get(entry.getName());
                if (change != null) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            for (Map.Entry<String, Content> entry : added.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                long[] sizeAndCrc = stored.get(entry.getKey());
                if (sizeAndCrc != null) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(sizeAndCrc[0]);
                    zipEntry.setCompressedSize(sizeAndCrc[0]);
                    zipEntry.setCrc(sizeAndCrc[1]);
                }
                out.putNextEntry(zipEntry);
                entry.getValue().writeTo(out);
                out.closeEntry();
            }
        }
    }

    /** Writes a package from scratch: entry name to text, in order. */
    static void writeNew(Path target, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** Inserts a DOCTYPE right after the XML declaration of an entry's text. */
    static String withDoctype(String xml, String doctype) {
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }
}
