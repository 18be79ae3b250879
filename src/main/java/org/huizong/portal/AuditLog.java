package org.huizong.portal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the portal's users did: logins, uploads, returns, 说明 and job runs, in {@code portal_audit}. */
public final class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String UPLOAD = "UPLOAD";
    public static final String RETURN = "RETURN";
    public static final String JUSTIFY = "JUSTIFY";
    public static final String JOB = "JOB";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** One entry, newest first on the office's page. */
    public record Entry(LocalDateTime at, String username, String action, String target, String detail) {

        public String actionLabel() {
            return switch (action) {
                case LOGIN -> "登录";
                case LOGIN_FAILED -> "登录失败";
                case UPLOAD -> "上传报表";
                case RETURN -> "退回";
                case JUSTIFY -> "填写说明";
                case JOB -> "运行任务";
                default -> action;
            };
        }
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, String action, String target, String detail) {
        jdbc.sql("""
                INSERT INTO portal_audit (at, username, action, target, detail) VALUES (:at, :user, :action, :target, :detail)
                """).param("at", Timestamp.valueOf(LocalDateTime.now())).param("user", cut(username, 100)).param("action", action)
                .param("target", cut(target, 200)).param("detail", cut(detail, 2000)).update();
        log.info("audit: {} {} {} {}", username, action, target, detail);
    }

    public List<Entry> latest(int count) {
        return jdbc.sql("SELECT at, username, action, target, detail FROM portal_audit ORDER BY id DESC FETCH FIRST :n ROWS ONLY")
                .param("n", count)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    private static String cut(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }
}
