package org.huizong.portal.user;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.huizong.portal.PortalMessages;
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
        record Pick(String uscc, String county) {}
        Pick unit = jdbc.sql("""
                SELECT f.unit_uscc, u.county_code FROM received_file f
                JOIN period_unit u ON u.period = f.period AND u.uscc = f.unit_uscc
                WHERE f.period = :period AND f.is_current = TRUE
                ORDER BY CASE u.level WHEN 'CITY_DEPT' THEN 1 ELSE 0 END,
                         CASE f.status WHEN :warned THEN 0 WHEN :returned THEN 1 ELSE 2 END, f.unit_uscc
                FETCH FIRST 1 ROWS ONLY
                """)
                .param("period", lastMonth)
                .param("warned", SubmissionStatus.ACCEPTED_WITH_WARNINGS.name())
                .param("returned", SubmissionStatus.RETURNED.name())
                .query((rs, n) -> new Pick(rs.getString(1), rs.getString(2)))
                .single();
        UserAccounts accounts = new UserAccounts(configDir);
        return List.of(
                accounts.add("bureau", PortalMessages.get("demoUser.bureau"), Role.BUREAU, unit.uscc(), PASSWORD),
                accounts.add("county", PortalMessages.get("demoUser.county"), Role.COUNTY, unit.county(), PASSWORD),
                accounts.add("office", PortalMessages.get("demoUser.office"), Role.OFFICE, "", PASSWORD),
                accounts.add("assessor", PortalMessages.get("demoUser.assessor"), Role.ASSESSOR, "", PASSWORD));
    }
}
