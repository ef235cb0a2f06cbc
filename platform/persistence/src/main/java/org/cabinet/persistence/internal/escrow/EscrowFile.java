package org.cabinet.persistence.internal.escrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cabinet.persistence.internal.crypto.OwnerOnlyFiles;

/**
 * The text of an escrow file, as {@link KeyEscrow} describes it: two comment lines, then one
 * {@code name=value} line per field, in a fixed order. Reading accepts only the exact text this
 * class writes, so that an edit anywhere, comments included, is refused even where no
 * authentication tag covers it.
 */
final class EscrowFile {

    static final String FORMAT = "cabinet-key-escrow/1";

    static final String CREATED = "created";
    static final String ITERATIONS = "passphrase.iterations";
    static final String SALT = "passphrase.salt";
    static final String CHECK = "passphrase.check";
    static final String PRIVATE_KEY_IV = "private-key.iv";
    static final String PRIVATE_KEY = "private-key.encrypted";
    static final String PUBLIC_KEY = "public-key";
    static final String SEALED = "keys.sealed";
    static final String DIGEST = "keys.sha256";
    static final String WRAPPED_KEY = "keys.wrapped-key";
    static final String KEYS_IV = "keys.iv";
    static final String KEYS = "keys.encrypted";

    /** The fields made once with the key pair, which a reseal keeps. */
    static final List<String> KEY_PAIR = List.of(CREATED, ITERATIONS, SALT, CHECK, PRIVATE_KEY_IV, PRIVATE_KEY, PUBLIC_KEY);
    /** The fields of the sealed keystore files, which a reseal replaces. */
    static final List<String> SEALED_KEYS = List.of(SEALED, DIGEST, WRAPPED_KEY, KEYS_IV, KEYS);

    private static final String FORMAT_FIELD = "format";
    private static final String HEADER = """
            # Cabinet key escrow: a sealed copy of the keys that encrypt a Cabinet installation's health data, useless without its recovery passphrase.
            # Keep it apart from that machine. To put the keys back, stop Cabinet and run: bin/cabinet-keys restore <this file>
            """;
    private static final String HEADER_START = "# Cabinet key escrow:";
    private static final List<String> FIELDS = Stream.concat(KEY_PAIR.stream(), SEALED_KEYS.stream()).toList();
    private static final Set<String> TIMES = Set.of(CREATED, SEALED);
    private static final long MAX_SIZE = 1 << 20;
    /** Far above any sensible setting, low enough that an edited file cannot hang the tool for days. */
    private static final int MAX_ITERATIONS = 100_000_000;

    private final Path path;
    private final Map<String, String> fields;

    private EscrowFile(Path path, Map<String, String> fields) {
        this.path = path;
        this.fields = fields;
    }

    /**
     * @param keyPair    the {@link #KEY_PAIR} fields, and maybe others
     * @param sealedKeys the {@link #SEALED_KEYS} fields
     */
    static EscrowFile of(Path path, Map<String, String> keyPair, Map<String, String> sealedKeys) {
        Map<String, String> fields = new LinkedHashMap<>();
        KEY_PAIR.forEach(name -> fields.put(name, keyPair.get(name)));
        SEALED_KEYS.forEach(name -> fields.put(name, sealedKeys.get(name)));
        if (fields.containsValue(null)) {
            throw new IllegalArgumentException("Missing escrow fields in " + keyPair.keySet() + sealedKeys.keySet());
        }
        return new EscrowFile(path, fields);
    }

    /** @throws KeyEscrowException when the file is missing, unreadable, of another format, damaged or edited */
    static EscrowFile read(Path path) {
        String text;
        try {
            if (Files.size(path) > MAX_SIZE) {
                throw new KeyEscrowException(path + " is not a Cabinet key escrow file: it is far too large");
            }
            text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new KeyEscrowException("There is no escrow file " + path, e);
        } catch (IOException e) {
            throw new KeyEscrowException("Cannot read the escrow file " + path + ": " + e, e);
        }
        EscrowFile file = new EscrowFile(path, parse(path, text));
        file.check(text);
        return file;
    }

    /** @return this file with {@code sealedKeys} in place of its {@link #SEALED_KEYS} fields */
    EscrowFile withSealedKeys(Map<String, String> sealedKeys) {
        return of(path, fields, sealedKeys);
    }

    /** Writes the file atomically, readable by its owner only. */
    void write() {
        try {
            OwnerOnlyFiles.replace(path, text().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new KeyEscrowException("Cannot write the escrow file " + path + ": " + e, e);
        }
    }

    byte[] bytes(String name) {
        return Base64.getDecoder().decode(fields.get(name));
    }

    int number(String name) {
        return Integer.parseInt(fields.get(name));
    }

    /** @return the fields by name, in file order, the format aside */
    Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** @return the format line and the lines of {@code names}, as written: what a tag or digest covers */
    byte[] lines(List<String> names) {
        return lines(fields, names);
    }

    /** @return the format line and the lines of {@code names} among {@code fields}, as they would be written */
    static byte[] lines(Map<String, String> fields, List<String> names) {
        StringBuilder text = new StringBuilder(line(FORMAT_FIELD, FORMAT));
        names.forEach(name -> text.append(line(name, fields.get(name))));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** @return a one-line message saying that this file is damaged, with {@code detail} */
    KeyEscrowException damaged(String detail, Throwable cause) {
        return damaged(path, detail, cause);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String text() {
        StringBuilder text = new StringBuilder(HEADER).append(line(FORMAT_FIELD, FORMAT));
        fields.forEach((name, value) -> text.append(line(name, value)));
        return text.toString();
    }

    private static String line(String name, String value) {
        return name + "=" + value + "\n";
    }

    private static Map<String, String> parse(Path path, String text) {
        if (!text.startsWith(HEADER_START)) {
            throw new KeyEscrowException(path + " is not a Cabinet key escrow file");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (line.startsWith("#")) {
                continue;
            } else if (equals < 0) {
                throw damaged(path, "a line is not name=value", null);
            } else if (fields.put(line.substring(0, equals), line.substring(equals + 1)) != null) {
                throw damaged(path, "a field appears twice", null);
            }
        }
        String format = fields.remove(FORMAT_FIELD);
        if (format != null && !format.equals(FORMAT)) {
            throw new KeyEscrowException("The escrow file " + path + " is of the format " + format
                    + ", which this version of Cabinet cannot read; it reads " + FORMAT);
        } else if (format == null || !List.copyOf(fields.keySet()).equals(FIELDS)) {
            throw damaged(path, "fields are missing or out of order", null);
        }
        return fields;
    }

    private void check(String text) {
        fields.forEach((name, value) -> {
            if (!canonical(name, value)) {
                throw damaged("the value of " + name + " is not valid", null);
            }
        });
        if (!text.equals(text())) {
            throw damaged("its text differs from what Cabinet writes", null);
        }
    }

    private static boolean canonical(String name, String value) {
        try {
            if (TIMES.contains(name)) {
                return Instant.parse(value).toString().equals(value);
            } else if (name.equals(ITERATIONS)) {
                int iterations = Integer.parseInt(value);
                return iterations > 0 && iterations <= MAX_ITERATIONS && Integer.toString(iterations).equals(value);
            }
            // the decoder ignores the unused low bits of a last character: only re-encoding shows an edit there
            return !value.isEmpty() && base64(Base64.getDecoder().decode(value)).equals(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    private static KeyEscrowException damaged(Path path, String detail, Throwable cause) {
        return new KeyEscrowException("The escrow file " + path + " is damaged or was edited (" + detail
                + "); use another copy of it", cause);
    }
}
