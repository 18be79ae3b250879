package org.huizong.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.huizong.form.PlainNumber;
import org.huizong.form.write.RowSource;

/**
 * A machine-readable output (contracts.md): UTF-8 with BOM, comma-separated, RFC 4180 quoting, a header row,
 * plain decimals. Written under a temporary name and moved into place, so a reader never sees half a file.
 */
public final class CsvTable {

    private CsvTable() {}

    public static void write(Path target, List<String> header, Iterable<List<Object>> rows) throws IOException {
        write(target, header, (RowSource) rows::forEach);
    }

    /** Writes rows pushed by {@code rows}, one at a time: the file may hold millions. */
    public static void write(Path target, List<String> header, RowSource rows) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        CSVFormat format =
                CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write('\uFEFF');
            printer.printRecord(header);
            rows.forEachRow(row -> {
                try {
                    printer.printRecord(row.stream().map(CsvTable::text).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? PlainNumber.format(number) : String.valueOf(value);
    }
}
