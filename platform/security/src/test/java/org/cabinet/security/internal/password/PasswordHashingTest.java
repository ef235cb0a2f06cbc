package org.cabinet.security.internal.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void passwordsAreHashedWithArgon2idThroughShiro() {
        String stored = hashing.hash("cheval agrafe pile correcte");
        assertThat(stored).startsWith("$shiro2$argon2id$").doesNotContain("cheval");
        assertThat(hashing.hash("cheval agrafe pile correcte")).as("salted").isNotEqualTo(stored);
    }

    @Test
    void theRightPasswordMatchesAndNoOtherDoes() {
        String stored = hashing.hash("cheval agrafe pile correcte");
        assertThat(hashing.matches("cheval agrafe pile correcte", stored)).isTrue();
        assertThat(hashing.matches("Cheval agrafe pile correcte", stored)).isFalse();
        assertThat(hashing.matches("", stored)).isFalse();
    }

    @Test
    void anUnknownAccountNeverMatches() {
        assertThat(hashing.matches("cheval agrafe pile correcte", null)).isFalse();
    }
}
