package org.huizong.portal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portal's users did, in {@code portal_audit}: logins (failed ones with the address), uploads and their
 * refusals, submissions, withdrawals, returns, 说明 and job runs. Every text is stored and logged with its control
 * characters escaped ({@link LogText}), so a username cannot forge a line. The office reads it filtered and by pages.
 */
public final class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String UPLOAD = "UPLOAD";
    public static final String UPLOAD_REFUSED = "UPLOAD_REFUSED";
    public static final String SUBMIT = "SUBMIT";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String DISCARD = "DISCARD";
    public static final String RETURN = "RETURN";
    public static final String RETURN_UNDONE = "RETURN_UNDONE";
    public static final String JUSTIFY = "JUSTIFY";
    public static final String JOB = "JOB";
    /** Every action, in the order the office's filter lists them. */
    public static final List<String> ACTIONS = List.of(
            LOGIN,
            LOGIN_FAILED,
            UPLOAD,
            UPLOAD_REFUSED,
            SUBMIT,
            WITHDRAW,
            DISCARD,
            RETURN,
            RETURN_UNDONE,
            JUSTIFY,
            JOB);

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** One entry, newest first on the office's page. */
    public record Entry(LocalDateTime at, String username, String action, String target, String detail) {

        public String actionLabel() {
            return AuditLog.label(action);
        }
    }

    /** What the office looks for: a user (part of the name), an action, a first and a last day; any may be left out. */
    public record Filter(String user, String action, LocalDate from, LocalDate to) {

        public Filter {
            user = user == null ? "" : user.strip();
            action = action == null || !ACTIONS.contains(action) ? "" : action;
        }
    }

    /** One page of the filtered entries, newest first; {@code page} counts from 1. */
    public record Page(List<Entry> entries, int page, int pages, long total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String label(String action) {
        return ACTIONS.contains(action) ? PortalMessages.get("audit.action." + action) : action;
    }

    public void record(String username, String action, String target, String detail) {
        String user = LogText.escape(username, 100);
        String what = LogText.escape(target, 200);
        String text = LogText.escape(detail, 2000);
        jdbc.sql("""
                INSERT INTO portal_audit (at, username, action, target, detail) VALUES (:at, :user, :action, :target, :detail)
                """)
                .param("at", Timestamp.valueOf(LocalDateTime.now()))
                .param("user", user)
                .param("action", action)
                .param("target", what)
                .param("detail", text)
                .update();
        log.info("audit: {} {} {} {}", user, action, what, text);
    }

    public Page page(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        var parameters = new HashMap<String, Object>();
        if (!filter.user().isEmpty()) {
            where.add("LOWER(username) LIKE :user ESCAPE '!'");
            parameters.put("user", "%" + filter.user().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
        }
        if (!filter.action().isEmpty()) {
            where.add("action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            parameters.put("from", Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add("at < :to");
            parameters.put("to", Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM portal_audit" + condition)
                .params(parameters)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        List<Entry> entries = jdbc.sql("SELECT at, username, action, target, detail FROM portal_audit" + condition
                        + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :n ROWS ONLY")
                .params(parameters)
                .param("offset", (long) (shown - 1) * size)
                .param("n", size)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toLocalDateTime(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        return new Page(entries, shown, pages, total);
    }
}
