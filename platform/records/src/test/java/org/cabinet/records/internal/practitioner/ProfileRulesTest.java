package org.cabinet.records.internal.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** The practitioner profile: each field's shape, and what a prescription still lacks. */
class ProfileRulesTest {

    private static final ProfileRequest COMPLETE = new ProfileRequest("Dr Anne Martin", "Médecin généraliste",
            "10003456789", "12 rue des Lilas, 69003 Lyon", "04 78 00 00 00", "anne.martin@cabinet.example");

    @Test
    void aCompleteProfileMissesNothing() {
        assertThat(PractitionerProfile.of("u1", 1, ProfileRules.checked(COMPLETE)).missing()).isEmpty();
    }

    @Test
    void listsWhatAPrescriptionStillNeeds() {
        ProfileRequest partial = new ProfileRequest("Dr Anne Martin", "Médecin généraliste", null, " ", null, null);
        assertThat(PractitionerProfile.of("u1", 1, ProfileRules.checked(partial)).missing())
                .containsExactly("rpps", "address", "phone", "email");
    }

    @Test
    void anRppsNumberHasElevenDigits() {
        refused(new ProfileRequest("A", "B", "1000345678", null, null, null), "rpps");
        refused(new ProfileRequest("A", "B", "1000345678A", null, null, null), "rpps");
        assertThat(ProfileRules.checked(new ProfileRequest("A", "B", "100 0345 6789", null, null, null)).rpps())
                .isEqualTo("10003456789");
    }

    @Test
    void checksPhoneAndEmail() {
        refused(new ProfileRequest("A", "B", null, null, "call me", null), "phone");
        refused(new ProfileRequest("A", "B", null, null, null, "anne.martin"), "email");
    }

    private static void refused(ProfileRequest request, String field) {
        assertThatThrownBy(() -> ProfileRules.checked(request)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.field()).isEqualTo(field));
    }
}
