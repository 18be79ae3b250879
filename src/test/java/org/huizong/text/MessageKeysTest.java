package org.huizong.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.huizong.unit.UnitLevel;
import org.huizong.validation.Rule;
import org.junit.jupiter.api.Test;

/** Every text the code and the portal's pages ask for by name is in the bundle; a missing one throws, never blanks. */
class MessageKeysTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    /** Literal keys handed to a reader of the bundle (one, or both of a choice), with the prefix that reader puts before them. */
    private record Reader(Pattern call, String prefix) {}

    private static final List<Reader> READERS = List.of(
            new Reader(Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\""), ""),
            new Reader(Pattern.compile("PortalMessages\\.get\\(\\s*\"([^\"]+)\""), "portal."),
            new Reader(Pattern.compile("(?:messages|TEXTS)\\.format\\(\\s*\"([^\"]+)\""), ""),
            new Reader(Pattern.compile("Messages\\.text\\([^\";]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\""), ""),
            new Reader(
                    Pattern.compile("PortalMessages\\.get\\([^\";]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\""),
                    "portal."));

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Reader reader : READERS) {
                    Matcher matcher = reader.call().matcher(code);
                    while (matcher.find()) {
                        for (int group = 1; group <= matcher.groupCount(); group++) {
                            used.add(reader.prefix() + matcher.group(group));
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys named in the code").hasSizeGreaterThan(50);
        assertThat(missing(used))
                .as("keys named in src/main/java but absent from messages.properties")
                .isEmpty();
    }

    @Test
    void everyKeyThePortalPagesNameIsInTheBundle() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(missing(used))
                .as("keys named in the templates but absent from messages.properties")
                .isEmpty();
    }

    @Test
    void everyRuleIsDescribed() {
        List<String> keys =
                Stream.of(Rule.values()).map(rule -> "rule." + rule.id()).toList();
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyUnitLevelIsNamed() {
        List<String> keys = Stream.of(UnitLevel.values())
                .map(level -> "unit.level." + level.name())
                .toList();
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void aMissingKeyThrows() {
        assertThatThrownBy(() -> Messages.text("no.such.text")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void argumentsAreShownAsGiven() {
        assertThat(Messages.text("portal.period.unknown", "2026-13")).contains("2026-13");
        assertThat(Messages.text("finding.F02", 1234567)).contains("1234567").doesNotContain("1,234,567");
    }

    /** The keys the bundle lacks; a key ending in a dot is the start of a family built in code, present if any is. */
    private static TreeSet<String> missing(List<String> keys) {
        TreeSet<String> missing = new TreeSet<>(keys);
        missing.removeIf(key -> key.endsWith(".")
                ? BUNDLE.keySet().stream().anyMatch(known -> known.startsWith(key))
                : BUNDLE.containsKey(key));
        return missing;
    }
}
