package org.huizong.unit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code city.yml} (contracts.md): the city's code and name and the reporting deadlines. */
public record CitySettings(String code, String name, int monthlyDeadlineDay, String annualDeadline) {

    public static CitySettings read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new CitySettings(String.valueOf(map.get("code")), String.valueOf(map.get("name")),
                    Integer.parseInt(String.valueOf(map.getOrDefault("monthly-deadline-day", 5))),
                    String.valueOf(map.getOrDefault("annual-deadline", "01-31")));
        }
    }
}
