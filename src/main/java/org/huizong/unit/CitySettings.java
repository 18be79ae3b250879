package org.huizong.unit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huizong.text.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code city.yml} (contracts.md): the city's code and name and the reporting deadlines; optionally the office that
 * issues the reports ({@code office}, default 〈city〉人民政府办公室) and the order of the unit categories in them
 * ({@code category-order}, default the order in which units.csv first names each category).
 */
public record CitySettings(
        String code,
        String name,
        int monthlyDeadlineDay,
        String annualDeadline,
        String office,
        List<String> categoryOrder) {

    public CitySettings {
        office = office == null || office.isBlank() ? Messages.text("unit.city.office", name) : office;
        categoryOrder = categoryOrder == null ? List.of() : List.copyOf(categoryOrder);
    }

    public CitySettings(String code, String name, int monthlyDeadlineDay, String annualDeadline) {
        this(code, name, monthlyDeadlineDay, annualDeadline, null, List.of());
    }

    public static CitySettings read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Object order = map.get("category-order");
            return new CitySettings(
                    String.valueOf(map.get("code")),
                    String.valueOf(map.get("name")),
                    Integer.parseInt(String.valueOf(map.getOrDefault("monthly-deadline-day", 5))),
                    String.valueOf(map.getOrDefault("annual-deadline", "01-31")),
                    map.get("office") == null ? null : String.valueOf(map.get("office")),
                    order instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : List.of());
        }
    }
}
