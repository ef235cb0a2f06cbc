package org.cabinet.security.internal.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theShippedListIsLoaded() {
        assertThat(policy.commonCount()).isGreaterThan(80_000);
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(policy.refusal("Tr0ub4dor&3")).hasValue("too-short");
        assertThat(policy.refusal(null)).hasValue("too-short");
        assertThat(policy.refusal("")).hasValue("too-short");
    }

    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        assertThat(policy.refusal("qwerty123456")).hasValue("common");
        assertThat(policy.refusal("QWERTY123456")).hasValue("common");
        assertThat(policy.refusal("1q2w3e4r5t6y")).hasValue("common");
        assertThat(policy.refusal("AzertyUiop123")).hasValue("common");
        assertThat(policy.refusal("motdepasse2026")).hasValue("common");
    }

    @Test
    void aCommonPasswordWithDigitsOrSignsAddedIsStillCommon() {
        assertThat(policy.refusal("sunshine2024!")).hasValue("common");
        assertThat(policy.refusal("Password1234")).hasValue("common");
        assertThat(policy.refusal("iloveyou 2026")).hasValue("common");
        assertThat(policy.refusal("sunshine-meadow-42")).as("a common word is fine inside a longer phrase").isEmpty();
    }

    @Test
    void longPassphrasesAreWelcome() {
        assertThat(policy.refusal("cheval agrafe pile correcte")).isEmpty();
        assertThat(policy.refusal("le stéthoscope du mardi matin est bleu")).isEmpty();
        assertThat(policy.refusal("x".repeat(PasswordPolicy.MAX_LENGTH))).isEmpty();
        assertThat(policy.refusal("x".repeat(PasswordPolicy.MAX_LENGTH + 1))).hasValue("too-long");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(policy.refusal("éèàùçâêîôûëï")).isEmpty();
    }
}
