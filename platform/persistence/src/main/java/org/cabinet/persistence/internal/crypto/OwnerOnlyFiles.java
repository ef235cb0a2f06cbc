package org.cabinet.persistence.internal.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that only their owner may read or replace (600, in folders 700), each replaced
 * atomically so that a crash leaves either the old content or the new one, never a mix.
 * On a file system without POSIX permissions the files get that system's defaults.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FILE = Set.copyOf(PosixFilePermissions.fromString("rw-------"));
    private static final Set<PosixFilePermission> FOLDER = Set.copyOf(PosixFilePermissions.fromString("rwx------"));

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder}, and any missing parent, as 700; leaves an existing folder as it is. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (isPosix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Writes {@code content} to a temporary file beside {@code target}, then moves it over {@code target}. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        boolean posix = isPosix(folder);
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) }
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", ownerOnly);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(temporary, FILE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
