package org.huizong.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Keeps every received file unchanged, addressed by its SHA-256: {@code archive/ab/abcdef….xlsx}. */
public final class FileArchive {

    private final Path root;

    public FileArchive(Path root) {
        this.root = root;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Stores the file under its hash unless that content is already there; returns where it lies. */
    public Path store(Path file, String sha256) throws IOException {
        Path target = locate(sha256, extensionOf(file));
        if (!Files.exists(target)) {
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(
                        target.getParent()); // when the folder is there, this fails a mkdir and throws inside
            }
            // a name of its own, also among worker processes sharing the archive
            Path partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    public Path locate(String sha256, String extension) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + extension);
    }

    public static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }
}
