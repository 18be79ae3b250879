package org.huizong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The least any reader must do with a month of workbooks: inflate every sheet's XML of each .xlsx and scan it for
 * numeric cells (each .xls: read its bytes and scan them). The benchmark compares the job with this floor.
 */
public final class PhysicalFloor {

    /** Scans the files; returns the number of numeric cells seen, which keeps the work from being optimised away. */
    public long scan(List<Path> files) throws IOException {
        long numbers = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            if (file.toString().endsWith(".xlsx")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                        ZipEntry entry = entries.nextElement();
                        if (entry.getName().startsWith("xl/worksheets/")
                                && entry.getName().endsWith(".xml")) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                numbers += countValues(in, buffer);
                            }
                        }
                    }
                } catch (java.util.zip.ZipException e) {
                    continue;
                }
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    numbers += countValues(in, buffer);
                }
            }
        }
        return numbers;
    }

    /** Occurrences of {@code <v>} (a cell value in sheet XML; in BIFF bytes, an incidental count). */
    private static long countValues(InputStream in, byte[] buffer) throws IOException {
        long count = 0;
        int state = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                state = b == '<' ? 1 : state == 1 && b == 'v' ? 2 : state == 2 && b == '>' ? 3 : 0;
                if (state == 3) {
                    count++;
                    state = 0;
                }
            }
        }
        return count;
    }
}
