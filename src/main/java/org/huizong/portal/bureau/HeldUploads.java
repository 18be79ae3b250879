package org.huizong.portal.bureau;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Where checked uploads wait for the bureau's 提交: {@code <data-dir>/portal-holding/<period>/<upload id>.<ext>}, never
 * under {@code input/}, so no run takes a workbook its unit has not submitted. Submitting moves the file into
 * {@code input/<period>/} with the submission time as its received time; withdrawing moves it back.
 */
final class HeldUploads {

    private final Path root;

    HeldUploads(Path dataDir) {
        this.root = dataDir.resolve("portal-holding");
    }

    /** Keeps a checked upload (its staged copy is moved, not copied). */
    void hold(Path staged, String period, long id, String extension) throws IOException {
        Path held = file(period, id, extension);
        Files.createDirectories(held.getParent());
        move(staged, held);
    }

    /** Moves a held upload to where the next run of the period takes it, appearing whole with its received time. */
    void submit(String period, long id, String extension, Path target, LocalDateTime receivedAt) throws IOException {
        Path held = file(period, id, extension);
        Files.setLastModifiedTime(
                held, FileTime.from(receivedAt.atZone(ZoneId.systemDefault()).toInstant()));
        Files.createDirectories(target.getParent());
        move(held, target);
    }

    /** Takes a submitted upload back into the holding area. */
    void withdraw(Path submitted, String period, long id, String extension) throws IOException {
        Path held = file(period, id, extension);
        Files.createDirectories(held.getParent());
        move(submitted, held);
    }

    void discard(String period, long id, String extension) throws IOException {
        Files.deleteIfExists(file(period, id, extension));
    }

    Path file(String period, long id, String extension) {
        return root.resolve(period).resolve(id + extension);
    }

    /** An atomic move; across disks, a copy under a name no scan takes ({@code .part}) renamed into place. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherDisk) {
            Path partial = to.resolveSibling(to.getFileName() + ".part");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(from);
        }
    }
}
