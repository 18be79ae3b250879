package org.huizong.portal.user;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.huizong.portal.PortalMessages;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * One row of {@code users.csv}: who logs in, as what, bound to which unit (USCC) or county (code), and the bcrypt hash
 * of the password. The portal's queries take the scope from here, never from the request.
 */
public record PortalUser(String username, String displayName, Role role, String scope, String passwordHash)
        implements UserDetails {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");

    public PortalUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(PortalMessages.get("users.badName", username));
        }
        if (role == null) {
            throw new IllegalArgumentException(PortalMessages.get("users.noRole", username));
        }
        scope = scope == null ? "" : scope.strip();
        if (role.isScoped() && scope.isEmpty()) {
            throw new IllegalArgumentException(
                    role == Role.BUREAU
                            ? PortalMessages.get("users.unbound.bureau", username, role)
                            : PortalMessages.get("users.unbound.county", username, role));
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException(PortalMessages.get("users.notBcrypt", username));
        }
    }

    /** The unit a bureau user reports for. */
    public String unitUscc() {
        if (role != Role.BUREAU) {
            throw new IllegalStateException(username + " is not bound to a unit");
        }
        return scope;
    }

    /** The county a coordinator looks after. */
    public String countyCode() {
        if (role != Role.COUNTY) {
            throw new IllegalStateException(username + " is not bound to a county");
        }
        return scope;
    }

    public PortalUser withPasswordHash(String hash) {
        return new PortalUser(username, displayName, role, scope, hash);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + ", " + scope + "]";
    }
}
