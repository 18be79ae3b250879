package org.huizong.portal.login;

import org.huizong.portal.PortalMessages;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The portal's login: refused without looking at the password while the user or the address is locked
 * ({@link LoginThrottle}), otherwise checked by the password provider, a wrong password counting against both.
 */
public final class ThrottledLogins implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottledLogins(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address = address(login);
        if (throttle.locked(login.getName(), address)) {
            throw new LockedException(PortalMessages.get("login.locked"));
        }
        try {
            Authentication done = passwords.authenticate(login);
            throttle.succeeded(login.getName());
            return done;
        } catch (BadCredentialsException wrong) {
            throttle.failed(login.getName(), address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    static String address(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
