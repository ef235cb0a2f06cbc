package org.cabinet.web.internal.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The key and certificate Cabinet serves HTTPS with, kept in {@code keys/}: {@code cabinet-https.p12} under a random
 * password of its own, that password alone in {@code cabinet-https.password} (both readable by Cabinet's account
 * only), and the certificate in {@code cabinet-https.crt} for anyone to check or to trust.
 */
public final class HttpsKeystore {

    public static final String ALIAS = "cabinet-https";
    /** The name of the password file in Configuration Admin's secrets folders (etc/custom.properties). */
    public static final String PASSWORD_SECRET = ALIAS + ".password";
    private static final int PASSWORD_BYTES = 32;

    private final Path keystore;
    private final Path password;
    private final Path certificate;
    private final SecureRandom random;

    public HttpsKeystore(Path keys, SecureRandom random) {
        this.keystore = keys.resolve(ALIAS + ".p12");
        this.password = keys.resolve(PASSWORD_SECRET);
        this.certificate = keys.resolve(ALIAS + ".crt");
        this.random = random;
    }

    public Path keystore() {
        return keystore;
    }

    public Path certificateFile() {
        return certificate;
    }

    /** @return what the keystore holds, or empty when it is missing or does not open with its password */
    public Optional<ServedCertificate> read() {
        if (!Files.isRegularFile(keystore) || !Files.isRegularFile(password)) {
            return Optional.empty();
        }
        try {
            char[] secret = password().orElse("").toCharArray();
            KeyStore store = KeyStore.getInstance(keystore.toFile(), secret);
            if (!(store.getKey(ALIAS, secret) instanceof PrivateKey key) || store.getCertificateChain(ALIAS) == null) {
                return Optional.empty();
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate link : store.getCertificateChain(ALIAS)) {
                chain.add((X509Certificate) link);
            }
            return Optional.of(new ServedCertificate(key, chain));
        } catch (IOException | GeneralSecurityException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code served}, replacing what was kept, under the password already there (a random one at first):
     * the web server may read the password before Cabinet replaces the keystore, and the keystore after.
     */
    public void write(ServedCertificate served) {
        char[] secret = password().orElseGet(() -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes()))
                .toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, served.key(), secret, served.chain().toArray(Certificate[]::new));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, secret);
            Files.createDirectories(keystore.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            // the password first: a keystore that its password file does not open is written again at next start
            replace(password, new String(secret).getBytes(StandardCharsets.US_ASCII), "rw-------");
            replace(keystore, bytes.toByteArray(), "rw-------");
            replace(certificate, pem(served.chain()), "rw-r--r--");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a PKCS12 keystore: " + e.getMessage(), e);
        }
    }

    private Optional<String> password() {
        try {
            String kept = Files.isRegularFile(password) ? Files.readString(password, StandardCharsets.US_ASCII).strip() : "";
            return kept.length() >= PASSWORD_BYTES ? Optional.of(kept) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] pem(List<X509Certificate> chain) throws GeneralSecurityException {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder text = new StringBuilder();
        for (X509Certificate link : chain) {
            text.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(link.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void replace(Path target, byte[] content, String permissions) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temporary, content);
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(permissions));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
