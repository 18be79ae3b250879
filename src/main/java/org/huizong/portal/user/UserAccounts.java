package org.huizong.portal.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huizong.portal.PortalMessages;
import org.huizong.unit.Unit;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.huizong.unit.Uscc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Adds users and sets passwords in {@code users.csv}, checking a user's unit or county against {@code units.csv}. */
public final class UserAccounts {

    public static final int MIN_PASSWORD = 8;

    private final Path configDir;
    private final UserFile file;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    public UserAccounts(Path configDir) {
        this.configDir = configDir;
        this.file = new UserFile(configDir);
    }

    public PortalUser add(String username, String displayName, Role role, String scope, String password)
            throws IOException {
        checkPassword(password);
        PortalUser user =
                new PortalUser(username, displayName, role, checkedScope(role, scope), encoder.encode(password));
        file.save(user);
        return user;
    }

    public PortalUser setPassword(String username, String password) throws IOException {
        checkPassword(password);
        PortalUser user = file.find(username)
                .orElseThrow(() -> new IllegalArgumentException(PortalMessages.get("users.noSuchUser", username)))
                .withPasswordHash(encoder.encode(password));
        file.save(user);
        return user;
    }

    public List<PortalUser> list() {
        return file.read();
    }

    public Path path() {
        return file.path();
    }

    private String checkedScope(Role role, String scope) throws IOException {
        if (!role.isScoped()) {
            return "";
        }
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException(
                    role == Role.BUREAU
                            ? PortalMessages.get("users.bureauScope")
                            : PortalMessages.get("users.countyScope"));
        }
        Path units = configDir.resolve("units.csv");
        if (!Files.isRegularFile(units)) {
            throw new IllegalArgumentException(PortalMessages.get("users.noDirectory", units));
        }
        UnitDirectory directory = new UnitDirectoryCsv().read(units);
        if (role == Role.BUREAU) {
            String uscc = Uscc.normalise(scope);
            if (directory.all().stream().noneMatch(u -> u.uscc().equals(uscc))) {
                throw new IllegalArgumentException(PortalMessages.get("users.noSuchUnit", scope));
            }
            return uscc;
        }
        String county = scope.strip();
        if (directory.all().stream().map(Unit::countyCode).noneMatch(county::equals)) {
            throw new IllegalArgumentException(PortalMessages.get("users.noSuchCounty", county));
        }
        return county;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException(PortalMessages.get("users.shortPassword", MIN_PASSWORD));
        }
    }
}
