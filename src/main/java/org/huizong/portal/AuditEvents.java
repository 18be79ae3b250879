package org.huizong.portal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Logins, successful or not, go to the audit log with the client's address and, for a failure, why in Chinese. */
public final class AuditEvents {

    private final AuditLog audit;

    public AuditEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void loggedIn(AuthenticationSuccessEvent event) {
        audit.record(
                event.getAuthentication().getName(),
                AuditLog.LOGIN,
                "",
                PortalMessages.get(
                        "audit.loginFrom", address(event.getAuthentication().getDetails())));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String why = event.getException() instanceof LockedException ? "audit.loginLocked" : "audit.loginFailed";
        audit.record(
                String.valueOf(event.getAuthentication().getName()),
                AuditLog.LOGIN_FAILED,
                "",
                PortalMessages.get(why, address(event.getAuthentication().getDetails())));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
