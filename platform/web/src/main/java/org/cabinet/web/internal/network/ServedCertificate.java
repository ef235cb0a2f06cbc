package org.cabinet.web.internal.network;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key and certificate chain Cabinet serves HTTPS with.
 *
 * @param key   the private key of the first certificate
 * @param chain the server's certificate first, then those that signed it, if any
 */
public record ServedCertificate(PrivateKey key, List<X509Certificate> chain) {

    public ServedCertificate {
        Objects.requireNonNull(key);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** @return the SHA-256 fingerprint of the certificate as browsers show it, {@code AB:CD:...} */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** @return the host names and addresses the certificate names (subject alternative names), lower case */
    public Set<String> names() {
        try {
            Collection<List<?>> names = certificate().getSubjectAlternativeNames();
            if (names == null) {
                return Set.of();
            }
            return names.stream()
                    .map(name -> String.valueOf(name.get(1)).toLowerCase())
                    .map(name -> IpAddresses.parse(name).map(IpAddresses::text).orElse(name))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (CertificateParsingException e) {
            return Set.of();
        }
    }

    /** @return sockets that trust this certificate and no other, whatever names it carries */
    public SSLSocketFactory trustingOnlyIt() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("served", certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the served certificate: " + e.getMessage(), e);
        }
    }

    /** @return whether the private key is the one the certificate was made for */
    public boolean keyMatches() {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
            byte[] probe = certificate().getEncoded();
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
