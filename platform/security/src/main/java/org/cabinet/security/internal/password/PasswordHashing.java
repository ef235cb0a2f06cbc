package org.cabinet.security.internal.password;

import java.util.function.Supplier;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider;
import org.cabinet.security.internal.Secrets;
import org.osgi.annotation.bundle.Capability;

/**
 * Passwords hashed and checked by Shiro's default password service: Argon2id with a random salt, stored in
 * Shiro's {@code $shiro2$argon2id$...} form. Never a hand-written hash.
 * <p>
 * Shiro finds its Argon2 implementation through {@link java.util.ServiceLoader} with the thread's context class
 * loader, and its bundles require an OSGi ServiceLoader Mediator for it. Cabinet runs none: a mediator (Aries SPI Fly)
 * rewrites the classes of every bundle that asks for one, Jetty's included, and one whose link to it failed during a
 * busy start broke the web server until restart. Each call here hands Shiro the Argon2 bundle's class loader instead,
 * and this bundle stands for the mediator those bundles require.
 */
@Capability(namespace = "osgi.extender", name = "osgi.serviceloader.processor", version = "1.0.0")
@Capability(namespace = "osgi.extender", name = "osgi.serviceloader.registrar", version = "1.0.0")
public final class PasswordHashing {

    private static final ClassLoader ARGON2 = Argon2HashProvider.class.getClassLoader();

    /** a valid hash of a random password, checked when the account does not exist so that both take as long */
    private final String decoy;
    private final PasswordService passwords = new DefaultPasswordService();

    public PasswordHashing() {
        this.decoy = hash(Secrets.token(24));
    }

    /** @return the stored form of {@code password} */
    public String hash(String password) {
        return withArgon2(() -> passwords.encryptPassword(password));
    }

    /** @return whether {@code password} matches {@code stored}; a null {@code stored} costs the same and fails */
    public boolean matches(String password, String stored) {
        boolean matched = withArgon2(() -> passwords.passwordsMatch(password, stored == null ? decoy : stored));
        return matched && stored != null;
    }

    private static <T> T withArgon2(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ARGON2);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
