package org.cabinet.web.internal.network;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Chooses the certificate Cabinet serves HTTPS with, makes or takes it in when needed, and keeps it. */
public final class HttpsCertificates {

    /** A certificate Cabinet made is made again this long before it expires. */
    static final Duration RENEWAL = Duration.ofDays(30);

    /** How the certificate being served came to be. */
    public enum Origin {
        /** made here, at an earlier start */
        KEPT,
        /** made here now: first start, near its end, or names added */
        MADE,
        /** the installer's */
        INSTALLER
    }

    /** The certificate to serve, and where it came from. */
    public record Prepared(ServedCertificate certificate, Origin origin) {
    }

    private final HttpsKeystore keystore;
    private final Clock clock;
    private final SecureRandom random;

    public HttpsCertificates(HttpsKeystore keystore, Clock clock, SecureRandom random) {
        this.keystore = keystore;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @return the certificate to serve, now in the keystore
     * @throws InvalidCertificateException when the installer's key or certificate cannot be served
     */
    public Prepared prepare(NetworkSettings settings) {
        Optional<ServedCertificate> kept = keystore.read();
        if (settings.certificate() instanceof CertificateSource.Generated) {
            if (kept.isPresent() && stillServes(kept.get(), CertificateNames.required(settings))) {
                return new Prepared(kept.get(), Origin.KEPT);
            }
            ServedCertificate made = SelfSignedCertificate.make(CertificateNames.forNewCertificate(settings),
                    clock.instant(), random);
            keystore.write(made);
            return new Prepared(made, Origin.MADE);
        }
        ServedCertificate installers = InstallerCertificate.read(settings.certificate());
        if (kept.isEmpty() || !kept.get().chain().equals(installers.chain()) || !kept.get().key().equals(installers.key())) {
            keystore.write(installers);
        }
        return new Prepared(installers, Origin.INSTALLER);
    }

    /** @return whether a certificate made here earlier may still be served */
    private boolean stillServes(ServedCertificate kept, Set<String> required) {
        X509Certificate certificate = kept.certificate();
        Instant renewal = clock.instant().plus(RENEWAL);
        return certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())
                && certificate.getNotAfter().toInstant().isAfter(renewal)
                && kept.names().containsAll(required);
    }
}
