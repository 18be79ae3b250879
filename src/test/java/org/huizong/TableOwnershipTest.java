package org.huizong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One owner per table: a table is written by one class of the feature that owns it, and named in SQL only by that
 * feature. Other features read through the read-model classes the owner exports; only the period's directory, which
 * the unit package keeps for every reader, may be selected from directly.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/huizong");
    /** The migrations, in SQL and in Java. */
    private static final List<Path> MIGRATIONS =
            List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/java/db/migration"));

    private static final Pattern CREATED =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern DROPPED = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_]+)");
    /** Spring Session's own tables, which the portal's sessions keep. */
    private static final Set<String> SPRING_SESSION = Set.of("spring_session", "spring_session_attributes");

    /** Each table and the feature (top package) that owns it. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("period_unit", "unit"),
            Map.entry("period_lease", "system"),
            Map.entry("inbox_file", "submission"),
            Map.entry("received_file", "submission"),
            Map.entry("item_value", "submission"),
            Map.entry("cell_layout", "submission"),
            Map.entry("finding", "submission"),
            Map.entry("file_justification", "submission"),
            Map.entry("history_check", "submission"),
            Map.entry("period_finding", "submission"),
            Map.entry("version_change", "submission"),
            Map.entry("counted_unit", "consolidation"),
            Map.entry("consolidated_value", "consolidation"),
            Map.entry("form_item", "consolidation"),
            Map.entry("annual_rollup", "consolidation"),
            Map.entry("annual_rollup_unit", "consolidation"),
            Map.entry("feedback_written", "report"),
            Map.entry("ranking_run", "assessment"),
            Map.entry("ranking_entry", "assessment"),
            Map.entry("ranking_points", "assessment"),
            Map.entry("portal_audit", "portal"),
            Map.entry("portal_upload", "portal"),
            Map.entry("portal_upload_finding", "portal"),
            Map.entry("portal_return", "portal"));

    /**
     * The tables an owner keeps for its readers, which any feature may select from: the directory as each period had
     * it, which nearly every query joins for a unit's county, level and order.
     */
    private static final Set<String> EXPORTED = Set.of("period_unit");

    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_]+)\\b");
    private static final Pattern WRITE =
            Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_]+)\\b");

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        List<Path> scripts = new ArrayList<>();
        for (Path folder : MIGRATIONS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().startsWith("V")).forEach(scripts::add);
            }
        }
        scripts.sort(Comparator.comparingInt(TableOwnershipTest::version));
        for (Path script : scripts) {
            String sql = Files.readString(script, StandardCharsets.UTF_8);
            CREATED.matcher(sql)
                    .results()
                    .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                    .forEach(tables::add);
            DROPPED.matcher(sql)
                    .results()
                    .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                    .forEach(tables::remove);
        }
        tables.removeAll(SPRING_SESSION);
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(tables);
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    @Test
    void onlyTheOwnerWritesItsTables() throws IOException {
        assertThat(violations(SOURCES, WRITE, Set.of())).isEmpty();
    }

    @Test
    void eachTableIsWrittenByOneClass() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                WRITE.matcher(Files.readString(file, StandardCharsets.UTF_8))
                        .results()
                        .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                        .filter(OWNER::containsKey)
                        .forEach(table -> writers.computeIfAbsent(table, k -> new TreeSet<>())
                                .add(SOURCES.relativize(file).toString()));
            }
        }
        writers.values().removeIf(classes -> classes.size() == 1);
        assertThat(writers).isEmpty();
    }

    @Test
    void otherFeaturesReadOnlyWhatTheOwnerExports() throws IOException {
        assertThat(violations(SOURCES, READ, EXPORTED)).isEmpty();
    }

    @Test
    void aReportThatQueriesTheSubmissionsFindingsFails(@TempDir Path root) throws IOException {
        Path report = Files.createDirectories(root.resolve("report"));
        Files.writeString(report.resolve("Tally.java"), """
                class Tally { String sql = "SELECT COUNT(*) FROM finding x JOIN period_unit u ON u.uscc = x.unit_uscc"; }
                """);
        Path portal = Files.createDirectories(root.resolve("portal"));
        Files.writeString(portal.resolve("Undo.java"), """
                class Undo { String sql = "UPDATE received_file SET status = 'ACCEPTED'"; }
                """);

        assertThat(violations(root, READ, EXPORTED)).containsExactly("report/Tally.java names finding of submission");
        assertThat(violations(root, WRITE, Set.of()))
                .containsExactly("portal/Undo.java names received_file of submission");
    }

    private static Set<String> violations(Path sources, Pattern statement, Set<String> readable) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                Matcher matcher = statement.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String table = matcher.group(1).toLowerCase(Locale.ROOT);
                    String owner = OWNER.get(table);
                    if (owner != null && !owner.equals(feature) && !readable.contains(table)) {
                        found.add(sources.relativize(file) + " names " + table + " of " + owner);
                    }
                }
            }
        }
        return found;
    }
}
