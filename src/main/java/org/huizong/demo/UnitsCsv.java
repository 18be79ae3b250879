package org.huizong.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The unit directory as {@code units.csv}: UTF-8 text, header row, RFC 4180 quoting, aliases joined by '|'. */
public final class UnitsCsv {

    public static final String HEADER = "uscc,name,aliases,county_code,county_name,level,category,valid_from,valid_to";

    private UnitsCsv() {}

    public static String format(List<DemoUnit> units) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (DemoUnit unit : units) {
            List<String> fields = List.of(
                    unit.uscc(),
                    unit.name(),
                    String.join("|", unit.aliases()),
                    unit.countyCode(),
                    unit.countyName(),
                    unit.level(),
                    unit.category(),
                    unit.validFrom(),
                    unit.validTo());
            csv.append(String.join(",", fields.stream().map(UnitsCsv::quoted).toList()))
                    .append('\n');
        }
        return csv.toString();
    }

    public static List<DemoUnit> parse(String csv) {
        List<List<String>> records = records(csv);
        if (records.isEmpty() || !String.join(",", records.get(0)).equals(HEADER)) {
            throw new IllegalArgumentException("units.csv must start with the header " + HEADER);
        }
        List<DemoUnit> units = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != 9) {
                throw new IllegalArgumentException("expected 9 fields, got " + record);
            }
            List<String> aliases = record.get(2).isEmpty()
                    ? List.of()
                    : Arrays.asList(record.get(2).split("\\|"));
            units.add(new DemoUnit(
                    record.get(0),
                    record.get(1),
                    aliases,
                    record.get(3),
                    record.get(4),
                    record.get(5),
                    record.get(6),
                    record.get(7),
                    record.get(8)));
        }
        return units;
    }

    private static String quoted(String field) {
        boolean needsQuotes =
                field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Splits RFC 4180 text into records of fields; accepts LF or CRLF line ends. */
    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
