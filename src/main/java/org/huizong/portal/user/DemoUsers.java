package org.huizong.portal.user;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.huizong.portal.PortalMessages;
import org.huizong.submission.SubmittedFiles;
import org.huizong.validation.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One portal user per role for the demo city, all with the documented password {@link #PASSWORD}: the bureau user is a
 * unit whose last month has a warning to answer (else one that was returned), the coordinator that unit's county.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo2026";

    private final JdbcClient jdbc;

    public DemoUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the four users into {@code users.csv} of the config folder and returns them. */
    public List<PortalUser> write(Path configDir, String lastMonth) throws IOException {
        record Pick(String uscc, String county, int rank) {}
        Map<String, SubmittedFiles.CurrentFile> current = new SubmittedFiles(jdbc).current(lastMonth);
        Pick unit = jdbc
                .sql("SELECT uscc, county_code, level FROM period_unit WHERE period = :period")
                .param("period", lastMonth)
                .query((rs, n) -> {
                    SubmittedFiles.CurrentFile file = current.get(rs.getString(1));
                    int status = file == null ? -1 : statusRank(file.status());
                    int level = "CITY_DEPT".equals(rs.getString(3)) ? 1 : 0;
                    return new Pick(rs.getString(1), rs.getString(2), file == null ? -1 : level * 3 + status);
                })
                .list()
                .stream()
                .filter(pick -> pick.rank() >= 0)
                .min(Comparator.comparingInt(Pick::rank).thenComparing(Pick::uscc))
                .orElseThrow(() -> new IllegalStateException("no unit sent anything for " + lastMonth));
        UserAccounts accounts = new UserAccounts(configDir);
        return List.of(
                accounts.add("bureau", PortalMessages.get("demoUser.bureau"), Role.BUREAU, unit.uscc(), PASSWORD),
                accounts.add("county", PortalMessages.get("demoUser.county"), Role.COUNTY, unit.county(), PASSWORD),
                accounts.add("office", PortalMessages.get("demoUser.office"), Role.OFFICE, "", PASSWORD),
                accounts.add("assessor", PortalMessages.get("demoUser.assessor"), Role.ASSESSOR, "", PASSWORD));
    }

    /** Units with a warning to answer first, then returned ones, then the others. */
    private static int statusRank(SubmissionStatus status) {
        return switch (status) {
            case ACCEPTED_WITH_WARNINGS -> 0;
            case RETURNED -> 1;
            default -> 2;
        };
    }
}
