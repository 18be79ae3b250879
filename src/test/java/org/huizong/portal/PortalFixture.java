package org.huizong.portal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.InfoField;
import org.huizong.form.write.WriteOptions;
import org.huizong.portal.user.Role;
import org.huizong.portal.user.UserAccounts;

/**
 * The city the portal tests work on: the two fixture units in two counties (东城区 and 市本级), one workbook each for
 * 2026-10 (东城区市场监督管理局's with a Q-GUIZHANG warning to answer), and one user per role and scope.
 */
public record PortalFixture(Path root) {

    public static final String PERIOD = "2026-10";
    public static final String PASSWORD = "test-pass-1";
    public static final String UNIT_A = FixtureWorkbooks.USCC;
    public static final String UNIT_B = "11990100MB0000029M";
    public static final String COUNTY_A = "990102";
    public static final String COUNTY_B = "990100";

    public static PortalFixture create() {
        try {
            PortalFixture fixture = new PortalFixture(Files.createTempDirectory("huizong-portal-"));
            fixture.write();
            return fixture;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path data() {
        return root.resolve("data");
    }

    private void write() throws IOException {
        Path config = Files.createDirectories(config());
        Files.writeString(config.resolve("units.csv"), FixtureWorkbooks.UNITS_CSV);
        Files.writeString(config.resolve("city.yml"), "code: \"990100\"\nname: 示例市\nmonthly-deadline-day: 5\n");
        UserAccounts users = new UserAccounts(config);
        users.add("bureau", "东城区市场监督管理局填报员", Role.BUREAU, UNIT_A, PASSWORD);
        users.add("bureau2", "市商务局填报员", Role.BUREAU, UNIT_B, PASSWORD);
        users.add("county", "东城区协调员", Role.COUNTY, COUNTY_A, PASSWORD);
        users.add("county2", "市本级协调员", Role.COUNTY, COUNTY_B, PASSWORD);
        users.add("office", "市政务公开办", Role.OFFICE, "", PASSWORD);
        users.add("assessor", "考核组", Role.ASSESSOR, "", PASSWORD);
        received(workbookA(input().resolve(PERIOD).resolve("东城区"), "东城区市场监督管理局", true));
        received(workbookB(input().resolve(PERIOD).resolve("市本级"), "示例市商务局"));
    }

    /** 东城区市场监督管理局's workbook; {@code warning}: with one 代拟规章 (Q-GUIZHANG, a warning for a county department). */
    public static Path workbookA(Path folder, String name, boolean warning) throws IOException {
        Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(5));
        if (warning) {
            values.put("T2.G1.M3", BigDecimal.ONE);
        }
        return new FixtureWorkbooks(Files.createDirectories(folder))
                .monthly(name, values, Map.of(), WriteOptions.official());
    }

    /** 示例市商务局's workbook, without problems. */
    public static Path workbookB(Path folder, String name) throws IOException {
        return workbook(folder, name, UNIT_B, "2026年10月", 7, Map.of());
    }

    /**
     * A workbook of unit A or B for a month ({@code 2026年8月}) with the consistent values of {@code seed}; for unit A
     * with one 代拟规章 (Q-GUIZHANG, a warning); {@code texts}: cells written as text, as a clerk would (an error when
     * not a number).
     */
    public static Path workbook(
            Path folder, String name, String uscc, String month, long seed, Map<String, String> texts)
            throws IOException {
        Map<String, String> info = new LinkedHashMap<>(FixtureWorkbooks.info(month));
        Map<String, BigDecimal> values = new LinkedHashMap<>(ConsistentValues.monthly(seed));
        if (uscc.equals(UNIT_B)) {
            info.put(InfoField.UNIT_NAME, "示例市商务局");
            info.put(InfoField.USCC, UNIT_B);
            info.put(InfoField.COUNTY, "市本级");
        } else {
            values.put("T2.G1.M3", BigDecimal.ONE);
        }
        return new FixtureWorkbooks(Files.createDirectories(folder))
                .monthly(name, info, values, texts, WriteOptions.official());
    }

    /** Sets a file's received time (its last-modified time), as a dropped file's. */
    public static Path receivedAt(Path file, Instant at) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }

    private static void received(Path file) throws IOException {
        receivedAt(file, Instant.parse("2026-11-02T09:00:00Z"));
    }
}
