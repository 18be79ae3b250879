package org.huizong.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.huizong.period.RunContextFactory;
import org.huizong.portal.login.LoginThrottle;
import org.huizong.portal.login.ThrottledLogins;
import org.huizong.portal.user.PortalUsers;
import org.huizong.portal.user.UserFile;
import org.huizong.system.HuizongProperties;
import org.huizong.system.PeriodLease;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's security and shared services, present only in {@code serve}: form login against {@code users.csv}
 * (bcrypt) throttled after repeated failures, one area per role, CSRF on every form and upload, sessions by cookie only
 * (SameSite=Lax, see application.properties) with an ended session sent to the login page, a same-origin referrer
 * policy, Chinese error pages, and the period lease for writes that touch a period a job may be working on.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalConfiguration {

    /** How long a portal write (说明, 退回) waits for a job holding its period before it tells the user to come back. */
    static final Duration LEASE_WAIT = Duration.ofSeconds(3);
    /** The servlet container's session cookie, the only way sessions are tracked (never in URLs). */
    static final String SESSION_COOKIE = "JSESSIONID";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        SessionEnd sessionEnd = new SessionEnd();
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/portal.css", "/portal.js", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/bureau/**")
                        .hasRole("BUREAU")
                        .requestMatchers("/county/**")
                        .hasRole("COUNTY")
                        .requestMatchers("/office/**")
                        .hasRole("OFFICE")
                        .requestMatchers("/assessor/**")
                        .hasRole("ASSESSOR")
                        .requestMatchers("/units/**")
                        .hasAnyRole("COUNTY", "OFFICE", "ASSESSOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(sessionEnd).accessDeniedHandler(sessionEnd))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")));
        return http.build();
    }

    /** Logins through the password check of {@code users.csv}, refused while repeated failures lock the user or address. */
    @Bean
    AuthenticationProvider portalLogins(PortalProperties folders, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(new PortalUsers(new UserFile(folders.config())));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledLogins(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(PortalProperties portal, Clock clock) {
        return new LoginThrottle(portal.login(), clock);
    }

    @Bean
    ErrorAttributes portalErrorAttributes() {
        return new PortalErrorAttributes();
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    @Bean
    AuditEvents auditEvents(AuditLog audit) {
        return new AuditEvents(audit);
    }

    @Bean
    Clock portalClock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PortalPeriods portalPeriods(JdbcClient jdbc, PortalProperties folders, RunContextFactory runContexts, Clock clock) {
        return new PortalPeriods(jdbc, folders, runContexts, clock);
    }

    @Bean
    LeasedWrite leasedWrite(JdbcClient jdbc, HuizongProperties properties, PlatformTransactionManager tm) {
        return new LeasedWrite(
                new PeriodLease(jdbc, properties.lease().expiry(), LEASE_WAIT), new TransactionTemplate(tm));
    }
}
