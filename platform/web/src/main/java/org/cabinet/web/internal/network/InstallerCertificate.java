package org.cabinet.web.internal.network;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reads the key and certificate an installer gives Cabinet: a keystore, or PEM files. */
public final class InstallerCertificate {

    private InstallerCertificate() {
    }

    /**
     * @throws InvalidCertificateException saying in one line what is wrong with the installer's files
     */
    public static ServedCertificate read(CertificateSource source) {
        ServedCertificate served;
        if (source instanceof CertificateSource.Keystore keystore) {
            served = fromKeystore(keystore.keystore(), keystore.passwordFile());
        } else if (source instanceof CertificateSource.Pem pem) {
            served = fromPem(pem.certificate(), pem.key());
        } else {
            throw new IllegalArgumentException("not the installer's certificate: " + source);
        }
        if (!served.keyMatches()) {
            throw new InvalidCertificateException("the private key is not the certificate's");
        }
        return served;
    }

    private static ServedCertificate fromKeystore(Path file, Path passwordFile) {
        char[] password = firstLine(passwordFile).toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new ServedCertificate(key, chain);
                }
            }
            throw new InvalidCertificateException(file + " holds no private key");
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidCertificateException("cannot open " + file + " with the password of " + passwordFile
                    + " (" + e.getMessage() + ")");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ServedCertificate fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        try (Reader certificates = Files.newBufferedReader(certificateFile, StandardCharsets.US_ASCII);
                PEMParser certificateParser = new PEMParser(certificates);
                Reader keys = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII);
                PEMParser keyParser = new PEMParser(keys)) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object item = certificateParser.readObject(); item != null; item = certificateParser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
            Object item = keyParser.readObject();
            JcaPEMKeyConverter keyConverter = new JcaPEMKeyConverter();
            if (item instanceof PEMKeyPair pair) {
                key = keyConverter.getPrivateKey(pair.getPrivateKeyInfo());
            } else if (item instanceof PrivateKeyInfo info) {
                key = keyConverter.getPrivateKey(info);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidCertificateException("cannot read " + certificateFile + " and " + keyFile + " as PEM ("
                    + e.getMessage() + ")");
        }
        if (chain.isEmpty()) {
            throw new InvalidCertificateException(certificateFile + " holds no PEM certificate");
        }
        if (key == null) {
            throw new InvalidCertificateException(keyFile + " holds no unencrypted PEM private key");
        }
        return new ServedCertificate(key, chain);
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new InvalidCertificateException("cannot read the password file " + file + " (" + e + ")");
        }
    }
}
