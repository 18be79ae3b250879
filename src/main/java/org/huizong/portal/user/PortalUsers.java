package org.huizong.portal.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The portal's users, as {@code users.csv} lists them now. */
public final class PortalUsers implements UserDetailsService {

    private final UserFile users;

    public PortalUsers(UserFile users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
