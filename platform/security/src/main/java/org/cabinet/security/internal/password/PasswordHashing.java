package org.cabinet.security.internal.password;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.cabinet.security.internal.Secrets;

/**
 * Passwords hashed and checked by Shiro's default password service: Argon2id with a random salt, stored in
 * Shiro's {@code $shiro2$argon2id$...} form. Never a hand-written hash. Shiro finds its Argon2 implementation
 * through {@link java.util.ServiceLoader}, which SPI Fly mediates in OSGi (the Argon2 bundle registers it).
 */
public final class PasswordHashing {

    /** a valid hash of a random password, checked when the account does not exist so that both take as long */
    private final String decoy;
    private final PasswordService passwords = new DefaultPasswordService();

    public PasswordHashing() {
        this.decoy = hash(Secrets.token(24));
    }

    /** @return the stored form of {@code password} */
    public String hash(String password) {
        return passwords.encryptPassword(password);
    }

    /** @return whether {@code password} matches {@code stored}; a null {@code stored} costs the same and fails */
    public boolean matches(String password, String stored) {
        boolean matched = passwords.passwordsMatch(password, stored == null ? decoy : stored);
        return matched && stored != null;
    }
}
