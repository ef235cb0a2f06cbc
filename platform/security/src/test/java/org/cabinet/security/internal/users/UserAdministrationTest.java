package org.cabinet.security.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cabinet.api.rest.ProblemException;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

    @Test
    void anAccountHasKnownRolesAndAPatientNoOther() {
        assertThat(UserAdministration.roles(List.of("gp", "admin", "gp"))).containsExactly("gp", "admin");
        assertThatThrownBy(() -> UserAdministration.roles(List.of())).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> UserAdministration.roles(null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> UserAdministration.roles(List.of("doctor"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("Unknown role");
        assertThatThrownBy(() -> UserAdministration.roles(List.of("patient", "gp"))).isInstanceOf(ProblemException.class);
    }

    @Test
    void usernamesAreShortIdentifiersWithAccentsAllowed() {
        assertThat(UserAdministration.USERNAME.matcher("dr.hélène-martin@cabinet").matches()).isTrue();
        assertThat(UserAdministration.USERNAME.matcher("ab").matches()).isFalse();
        assertThat(UserAdministration.USERNAME.matcher("a b c").matches()).isFalse();
        assertThat(UserAdministration.USERNAME.matcher("x".repeat(65)).matches()).isFalse();
    }
}
