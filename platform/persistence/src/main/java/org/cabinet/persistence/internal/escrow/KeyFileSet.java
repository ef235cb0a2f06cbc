package org.cabinet.persistence.internal.escrow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of named files as one byte string, the same for the same files whatever the map's order:
 * the count of files, then for each file, by name, its name (modified UTF-8), its length and its
 * bytes.
 */
final class KeyFileSet {

    private KeyFileSet() {
    }

    static byte[] encode(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                out.writeUTF(file.getKey());
                out.writeInt(file.getValue().length);
                out.write(file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when {@code bytes} are not a set {@link #encode} wrote */
    static Map<String, byte[]> decode(byte[] bytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IllegalArgumentException("a file is longer than the set");
                }
                files.put(name, in.readNBytes(length));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("bytes follow the last file");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the set ends early", e);
        }
        return files;
    }

    /** @return the SHA-256 digest of {@link #encode}{@code (files)} */
    static byte[] digest(Map<String, byte[]> files) {
        return sha256(encode(files));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
