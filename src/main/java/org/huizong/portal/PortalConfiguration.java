package org.huizong.portal;

import java.time.Duration;

import org.huizong.portal.user.PortalUsers;
import org.huizong.portal.user.UserFile;
import org.huizong.system.HuizongProperties;
import org.huizong.system.PeriodLease;
import org.huizong.system.RunContexts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's security and shared services, present only in {@code serve}: form login against {@code users.csv}
 * (bcrypt), one area per role, CSRF on every form and upload, and the period lease for writes that touch a period a job
 * may be working on.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalConfiguration {

    /** How long a portal write (说明, 退回) waits for a job holding its period before it tells the user to come back. */
    static final Duration LEASE_WAIT = Duration.ofSeconds(3);

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/portal.css", "/portal.js", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/bureau/**").hasRole("BUREAU")
                        .requestMatchers("/county/**").hasRole("COUNTY")
                        .requestMatchers("/office/**").hasRole("OFFICE")
                        .requestMatchers("/assessor/**").hasRole("ASSESSOR")
                        .requestMatchers("/units/**").hasAnyRole("COUNTY", "OFFICE", "ASSESSOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    PortalUsers portalUsers(PortalProperties folders) {
        return new PortalUsers(new UserFile(folders.config()));
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
    PortalPeriods portalPeriods(JdbcClient jdbc, RunContexts runs, PortalProperties folders) {
        return new PortalPeriods(jdbc, runs, folders);
    }

    @Bean
    LeasedWrite leasedWrite(JdbcClient jdbc, HuizongProperties properties, PlatformTransactionManager tm) {
        return new LeasedWrite(new PeriodLease(jdbc, properties.lease().expiry(), LEASE_WAIT), new TransactionTemplate(tm));
    }
}
