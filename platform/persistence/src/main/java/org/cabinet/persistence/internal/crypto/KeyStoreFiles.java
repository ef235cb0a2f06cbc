package org.cabinet.persistence.internal.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a keystore as bytes, to copy them whole: {@link KeyStoreFile} describes them.
 * A set is keyed by each file's suffix to the keystore's name: {@link #KEYSTORE}
 * ({@code cabinet.p12}), {@link #PASSWORD} ({@code cabinet.p12.pass}) and {@link #PRIMARY}
 * ({@code cabinet.p12.primary}).
 */
public final class KeyStoreFiles {

    /** The suffix of the PKCS#12 file itself: none. */
    public static final String KEYSTORE = "";
    /** The suffix of the file holding the keystore password. */
    public static final String PASSWORD = ".pass";
    /** The suffix of the file holding the primary data key id. */
    public static final String PRIMARY = ".primary";
    /** Every suffix of a set, the keystore first. */
    public static final List<String> SUFFIXES = List.of(KEYSTORE, PASSWORD, PRIMARY);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private KeyStoreFiles() {
    }

    /** @return the file of {@code keystore}'s set with {@code suffix} */
    public static Path file(Path keystore, String suffix) {
        return keystore.resolveSibling(keystore.getFileName() + suffix);
    }

    /** @return whether any file of {@code keystore}'s set exists */
    public static boolean anyExists(Path keystore) {
        return SUFFIXES.stream().anyMatch(suffix -> Files.exists(file(keystore, suffix)));
    }

    /**
     * Reads every file of {@code keystore}'s set.
     *
     * @return the content of each file by suffix, in the order of {@link #SUFFIXES}
     * @throws KeyStoreFileException naming the first file that is missing or cannot be read
     */
    public static Map<String, byte[]> read(Path keystore) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String suffix : SUFFIXES) {
            Path path = file(keystore, suffix);
            try {
                files.put(suffix, Files.readAllBytes(path));
            } catch (NoSuchFileException e) {
                throw new KeyStoreFileException("The keystore file " + path + " is missing: a keystore is "
                        + keystore.getFileName() + " with its " + PASSWORD + " and " + PRIMARY + " files", e);
            } catch (IOException e) {
                throw new KeyStoreFileException("Cannot read the keystore file " + path + ": " + e, e);
            }
        }
        return files;
    }

    /**
     * Writes a set of files as the keystore at {@code keystore}: the folder 700, each file 600 and
     * replaced atomically, the keystore itself last so that its presence marks a complete set.
     * Files already there are first moved aside, never deleted, to
     * {@code <name>.replaced-<UTC yyyyMMdd-HHmmss>} (with a {@code -2}, {@code -3}... suffix when
     * that name is taken).
     *
     * @param files every suffix of {@link #SUFFIXES} to the file's content
     * @param now   the time that names the files moved aside
     * @return the files moved aside, if any
     * @throws IllegalArgumentException when {@code files} does not hold exactly the suffixes of a set
     * @throws KeyStoreFileException    when a file cannot be moved or written
     */
    public static List<Path> write(Path keystore, Map<String, byte[]> files, Instant now) {
        if (!files.keySet().equals(Set.copyOf(SUFFIXES))) {
            throw new IllegalArgumentException("A keystore set has the files " + SUFFIXES + ", not " + files.keySet());
        }
        Path target = keystore.toAbsolutePath();
        try {
            OwnerOnlyFiles.createFolder(target.getParent());
        } catch (IOException e) {
            throw new KeyStoreFileException("Cannot create the key folder " + target.getParent() + ": " + e, e);
        }
        List<Path> movedAside = moveAside(target, now);
        // the keystore last: a start that finds no keystore makes new keys, and must not meet a half-written set
        for (String suffix : List.of(PASSWORD, PRIMARY, KEYSTORE)) {
            Path path = file(target, suffix);
            try {
                OwnerOnlyFiles.replace(path, files.get(suffix));
            } catch (IOException e) {
                throw new KeyStoreFileException("Cannot write the keystore file " + path + ": " + e, e);
            }
        }
        return movedAside;
    }

    private static List<Path> moveAside(Path keystore, Instant now) {
        String stamp = ".replaced-" + STAMP.format(now);
        for (int n = 2; takenAside(keystore, stamp); n++) {
            stamp = ".replaced-" + STAMP.format(now) + "-" + n;
        }
        List<Path> moved = new ArrayList<>();
        // the keystore last: while it stays, a start fails on the missing files instead of making new keys over them
        for (String suffix : List.of(PASSWORD, PRIMARY, KEYSTORE)) {
            Path path = file(keystore, suffix);
            if (Files.exists(path)) {
                Path aside = file(path, stamp);
                try {
                    Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new KeyStoreFileException("Cannot move " + path + " aside to " + aside.getFileName()
                            + ": " + e, e);
                }
                moved.add(aside);
            }
        }
        return moved;
    }

    private static boolean takenAside(Path keystore, String stamp) {
        return SUFFIXES.stream().anyMatch(suffix -> Files.exists(file(file(keystore, suffix), stamp)));
    }
}
