package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huizong.fixtures.Suites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logins are throttled (a user whose password was guessed at five times is refused for a while, even with the right
 * one), failed logins are audited in Chinese with their username escaped in the log and the table, and the office finds
 * the real events among hundreds of failed logins by filtering the audit log and paging through it.
 */
@Tag(Suites.DATABASE)
class PortalLoginTests extends PortalTestContext {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AuditLog audit;

    @Test
    void fiveWrongPasswordsLockTheUserEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            String failed = mvc.perform(formLogin("/login").user("county2").password("guess-" + i))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(failed).isEqualTo("/login?error");
        }
        String locked = mvc.perform(formLogin("/login").user("county2").password(PortalFixture.PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(locked).as("the right password while locked").isEqualTo("/login?locked");
        String page = mvc.perform(get("/login").param("locked", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("登录失败次数过多，已暂时锁定");
        assertThat(mvc.perform(formLogin("/login").user("assessor").password(PortalFixture.PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("another user from the same address")
                .isEqualTo("/");
        List<String> details = jdbc.sql(
                        "SELECT detail FROM portal_audit WHERE username = 'county2' AND action = 'LOGIN_FAILED' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(details).hasSize(6);
        assertThat(details.get(0)).isEqualTo("来自 127.0.0.1：用户名或密码不对");
        assertThat(details.get(5)).contains("暂时锁定");
        assertThat(String.join("", details)).doesNotContainPattern("[A-Za-z]{4,}");
    }

    @Test
    void aUsernameCannotForgeALogLineOrAnAuditEntry() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            String forged = "nobody\r\n2026-12-07 09:00:00 INFO  [main] AuditLog - audit: office JOB 2026-10 启动月度任务";
            mvc.perform(formLogin("/login").user(forged).password("x"));
            List<String> messages = lines.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("nobody"))
                    .toList();
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0)).doesNotContain("\r", "\n").contains("nobody\\r\\n2026-12-07");
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(jdbc.sql("SELECT username FROM portal_audit WHERE username LIKE 'nobody%'")
                        .query(String.class)
                        .single())
                .doesNotContain("\n")
                .startsWith("nobody\\r\\n");
    }

    @Test
    void theOfficeFiltersTheAuditLogByUserActionAndDayAndPagesThroughIt() throws Exception {
        for (int i = 0; i < 130; i++) {
            audit.record("guesser" + i, AuditLog.LOGIN_FAILED, "", "来自 10.9.9.9：用户名或密码不对");
        }
        audit.record("bureau2", AuditLog.JUSTIFY, "2026-10 示例市商务局", "第 1 版 Q-GUIZHANG：本月代拟规章");
        String all = page("/office/audit");
        assertThat(all).contains("第 1 / ").contains("较早的");
        String second = page("/office/audit?page=2");
        assertThat(second).contains("第 2 / ").contains("较新的");
        String byAction = page("/office/audit?action=JUSTIFY");
        assertThat(byAction).contains("本月代拟规章").doesNotContain("guesser");
        String byUser = page("/office/audit?user=BUREAU2");
        assertThat(byUser).contains("本月代拟规章").doesNotContain("guesser");
        String today = java.time.LocalDate.now().toString();
        assertThat(page("/office/audit?action=LOGIN_FAILED&from=" + today + "&to=" + today))
                .contains("guesser129")
                .doesNotContain("本月代拟规章");
        assertThat(page("/office/audit?user=guesser&from=2000-01-01&to=2000-01-31"))
                .contains("没有符合条件的记录");
        assertThat(status("office", get("/office/audit").param("from", "not-a-day")))
                .isEqualTo(400);
    }

    private String page(String path) throws Exception {
        return perform("office", get(path)).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
