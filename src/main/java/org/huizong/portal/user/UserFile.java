package org.huizong.portal.user;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.huizong.portal.PortalMessages;

/**
 * {@code jobs/config/users.csv}: {@code username,display_name,role,scope,password_hash} (the scope is a unit's USCC for
 * BUREAU, a county code for COUNTY, empty otherwise; the hash is bcrypt). Read at every login, so a user added with
 * {@code user add} can log in without restarting the portal.
 */
public final class UserFile {

    public static final String NAME = "users.csv";
    private static final String[] HEADER = {"username", "display_name", "role", "scope", "password_hash"};

    private final Path file;

    public UserFile(Path configDir) {
        this.file = configDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    public List<PortalUser> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .build();
        List<PortalUser> users = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord row : format.parse(reader)) {
                try {
                    users.add(new PortalUser(
                            row.get("username"),
                            row.get("display_name"),
                            Role.valueOf(row.get("role").strip()),
                            row.get("scope"),
                            row.get("password_hash")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            PortalMessages.get("users.badLine", file, row.getRecordNumber() + 1, e.getMessage()), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return users;
    }

    public Optional<PortalUser> find(String username) {
        return read().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** Adds the user, or replaces the one of the same name; written under a temporary name and moved into place. */
    public void save(PortalUser user) throws IOException {
        List<PortalUser> users = new ArrayList<>(read());
        users.removeIf(u -> u.username().equals(user.username()));
        users.add(user);
        write(users);
    }

    public void write(List<PortalUser> users) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                text, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (PortalUser u : users) {
                printer.printRecord(u.username(), u.displayName(), u.role().name(), u.scope(), u.passwordHash());
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(NAME + ".part");
        Files.writeString(partial, text.toString(), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
