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

    static final String[] HEADER = {"uscc", "name", "aliases", "county_code", "county_name", "level", "category", "valid_from", "valid_to"};

    public UnitDirectory read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    public UnitDirectory read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).build();
        List<Unit> units = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                units.add(unitOf(row));
            } catch (RuntimeException e) {
                throw new InvalidUnitDirectoryException(source + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        return new UnitDirectory(units);
    }

    private static Unit unitOf(CSVRecord row) {
        String aliases = field(row, "aliases");
        return new Unit(Uscc.normalise(field(row, "uscc")), field(row, "name"),
                aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList(),
                field(row, "county_code"), field(row, "county_name"), UnitLevel.valueOf(field(row, "level")),
                field(row, "category"), month(field(row, "valid_from")), month(field(row, "valid_to")));
    }

    private static String field(CSVRecord row, String name) {
        String key = row.getParser().getHeaderMap().keySet().stream()
                .filter(h -> h.replace("\uFEFF", "").strip().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column " + name + " missing"));
        return row.get(key).strip();
    }

    private static YearMonth month(String text) {
        return text.isEmpty() ? null : YearMonth.parse(text);
    }
}
