package org.huizong.form.write.feedback;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.huizong.form.SafeXmlInput;

/**
 * The parts of an .xlsx package (the zip entries), named as in the zip: without the leading slash of OPC part
 * names. Also where relationship targets point and which new part names are free.
 */
final class PackageParts implements Closeable {

    private final ZipFile zip;
    private final Set<String> taken = new HashSet<>();

    PackageParts(Path file) throws IOException {
        zip = new ZipFile(file.toFile());
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            taken.add(entries.nextElement().getName().toLowerCase(Locale.ROOT));
        }
    }

    ZipFile zip() {
        return zip;
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    byte[] bytes(String part) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new DeclinedPackageException("no part " + part);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    XMLStreamReader xml(String part) throws IOException {
        try {
            return SafeXmlInput.open(new ByteArrayInputStream(bytes(part)));
        } catch (XMLStreamException e) {
            throw new DeclinedPackageException(part + ": " + e.getMessage());
        }
    }

    /** Marks a name as used (an Override may name a part the zip lacks). */
    void reserve(String part) {
        taken.add(part.toLowerCase(Locale.ROOT));
    }

    /** The first free name {@code prefix + n + suffix} from n = 1, reserved from now on. */
    String unusedName(String prefix, String suffix) {
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                reserve(name);
                return name;
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** The relationships part of a part: {@code xl/worksheets/_rels/sheet1.xml.rels} for {@code xl/worksheets/sheet1.xml}. */
    static String relationshipsOf(String part) {
        return folderOf(part) + "_rels/" + part.substring(folderOf(part).length()) + ".rels";
    }

    /** The part a relationship target points to, from the part that holds the relationship ("" for the package). */
    static String resolve(String source, String target) throws DeclinedPackageException {
        String path = target.startsWith("/") ? target.substring(1) : folderOf(source) + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new DeclinedPackageException("target outside the package: " + target);
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The relative relationship target of {@code part} from {@code source}, as Excel writes it ({@code ../comments1.xml}). */
    static String target(String source, String part) {
        List<String> folder = List.of(folderOf(source).split("/")).stream()
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> path = List.of(part.split("/"));
        int common = 0;
        while (common < folder.size()
                && common < path.size() - 1
                && folder.get(common).equals(path.get(common))) {
            common++;
        }
        return "../".repeat(folder.size() - common) + String.join("/", path.subList(common, path.size()));
    }
}
