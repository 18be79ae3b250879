package org.huizong.unit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code units.csv} (contracts.md): UTF-8 (a BOM is tolerated), a header row, one row per unit and validity. */
public final class UnitDirectoryCsv {

    static final String[] HEADER = {
        "uscc", "name", "aliases", "county_code", "county_name", "level", "category", "valid_from", "valid_to"
    };

    public UnitDirectory read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    public UnitDirectory read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .build();
        List<Unit> units = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                units.add(unitOf(row));
                lines.add(row.getRecordNumber() + 1);
            } catch (RuntimeException e) {
                throw new InvalidUnitDirectoryException(
                        source + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        checkConsistency(units, lines, source);
        return new UnitDirectory(units);
    }

    /** One row per unit at any time, and one name per county code: otherwise periods would count a unit twice. */
    private static void checkConsistency(List<Unit> units, List<Long> lines, String source) {
        java.util.Map<String, String> countyNames = new java.util.HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit a = units.get(i);
            String name = countyNames.putIfAbsent(a.countyCode(), a.countyName());
            if (name != null && !name.equals(a.countyName())) {
                throw new InvalidUnitDirectoryException(
                        source + " line " + lines.get(i) + ": county " + a.countyCode() + " is named both " + name
                                + " and " + a.countyName(),
                        null);
            }
            for (int j = 0; j < i; j++) {
                Unit b = units.get(j);
                if (a.uscc().equals(b.uscc()) && overlap(a, b)) {
                    throw new InvalidUnitDirectoryException(
                            source + " lines " + lines.get(j) + " and " + lines.get(i) + ": unit " + a.uscc()
                                    + " has two rows valid at the same time",
                            null);
                }
            }
        }
    }

    private static boolean overlap(Unit a, Unit b) {
        boolean aEndsBeforeB =
                a.validTo() != null && b.validFrom() != null && a.validTo().isBefore(b.validFrom());
        boolean bEndsBeforeA =
                b.validTo() != null && a.validFrom() != null && b.validTo().isBefore(a.validFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static Unit unitOf(CSVRecord row) {
        String aliases = field(row, "aliases");
        return new Unit(
                Uscc.normalise(field(row, "uscc")),
                field(row, "name"),
                aliases.isEmpty()
                        ? List.of()
                        : Arrays.stream(aliases.split("\\|")).map(String::strip).toList(),
                field(row, "county_code"),
                field(row, "county_name"),
                UnitLevel.valueOf(field(row, "level")),
                field(row, "category"),
                month(field(row, "valid_from")),
                month(field(row, "valid_to")));
    }

    private static String field(CSVRecord row, String name) {
        String key = row.getParser().getHeaderMap().keySet().stream()
                .filter(h -> h.replace("\uFEFF", "").strip().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column " + name + " missing"));
        return row.get(key).strip();
    }

    private static YearMonth month(String text) {
        return text.isEmpty() ? null : YearMonth.parse(text);
    }
}
