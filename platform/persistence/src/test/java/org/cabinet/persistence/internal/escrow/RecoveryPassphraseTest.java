package org.cabinet.persistence.internal.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RecoveryPassphraseTest {

    private static final String GENERATED = "K7QM-4XZD-81HV-PC3N-WE6R-0TYB";

    @Test
    void aGeneratedPassphraseIsSixGroupsOfFourCrockfordCharacters() {
        String passphrase = RecoveryPassphrase.generate(new SecureRandom());

        assertThat(passphrase).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}");
        assertThat(RecoveryPassphrase.normalise(passphrase)).isEqualTo(passphrase);
        assertThat(RecoveryPassphrase.generate(new SecureRandom())).isNotEqualTo(passphrase);
    }

    @Test
    void generatedPassphrasesUseEveryOneOfTheThirtyTwoCharacters() {
        SecureRandom random = new SecureRandom();
        Set<Integer> seen = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> RecoveryPassphrase.generate(random).replace("-", "").chars().forEach(seen::add));

        assertThat(seen).hasSize(32);
    }

    @Test
    void whatSomeoneTypesBackIsReadWhateverTheCaseAndSeparators() {
        assertThat(RecoveryPassphrase.normalise("k7qm 4xzd 81hv pc3n we6r 0tyb")).isEqualTo(GENERATED);
        assertThat(RecoveryPassphrase.normalise("K7QM4XZD81HVPC3NWE6R0TYB")).isEqualTo(GENERATED);
        assertThat(RecoveryPassphrase.normalise(" K7QM - 4XZD-81HV--PC3N-WE6R-0TYB\t")).isEqualTo(GENERATED);
    }

    @Test
    void theLettersIAndLReadAsOneAndOAsZero() {
        assertThat(RecoveryPassphrase.normalise("K7QM-4XZD-8IHV-PC3N-WE6R-OTYB")).isEqualTo(GENERATED);
        assertThat(RecoveryPassphrase.normalise("k7qm-4xzd-8lhv-pc3n-we6r-otyb")).isEqualTo(GENERATED);
    }

    @Test
    void aRecoveryPassphraseTypedWithACharacterTooFewOrTooManyIsRefused() {
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("K7QM-4XZ-81HV-PC3N-WE6R-0TYB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The recovery passphrase has 23 characters instead of 24 (6 groups of 4); check each group");
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("K7QM-4XZD-81HV-PC3N-WE6R-0TYBA"))
                .hasMessageContaining("25 characters instead of 24");
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("K7QM-4XZD-81HV-PC3N-WE6R"))
                .hasMessageContaining("20 characters instead of 24");
    }

    @Test
    void aRecoveryPassphraseWithALetterItNeverHoldsIsRefusedNamingTheGroup() {
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("K7QM-4XZD-81HV-PC3N-WU6R-0TYB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A recovery passphrase has no letter U (group 5): it is made of digits and letters other than U");
    }

    @Test
    void anAdministratorsOwnPassphraseIsKeptExactlyAsTyped() {
        assertThat(RecoveryPassphrase.normalise("Correct horse, battery staple!")).isEqualTo("Correct horse, battery staple!");
        assertThat(RecoveryPassphrase.normalise(" sixteen chars ok ")).isEqualTo(" sixteen chars ok ");
        assertThat(RecoveryPassphrase.normalise("blue sky over the city")).isEqualTo("blue sky over the city");
        assertThat(RecoveryPassphrase.normalise("mot de passe à l'ancienne")).isEqualTo("mot de passe à l'ancienne");
    }

    @Test
    void anOwnPassphraseShorterThanSixteenCharactersIsRefused() {
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("fifteen chars!!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A passphrase needs at least 16 characters; a recovery passphrase has 24 (6 groups of 4)");
        assertThatThrownBy(() -> RecoveryPassphrase.normalise("")).isInstanceOf(IllegalArgumentException.class);
    }
}
