package org.cabinet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void identityAndAgendaNeedNoCareRelationshipClinicalDataAndModulesDo() {
        assertThat(Permissions.needsCareRelationship(Permissions.PATIENT_IDENTITY)).isFalse();
        assertThat(Permissions.needsCareRelationship(Permissions.AGENDA_READ)).isFalse();
        assertThat(Permissions.needsCareRelationship(Permissions.PATIENT_READ)).isTrue();
        assertThat(Permissions.needsCareRelationship(Permissions.PRESCRIPTION_WRITE)).isTrue();
        assertThat(Permissions.needsCareRelationship("midwifery:pregnancy-write")).isTrue();
    }

    @Test
    void everyCorePermissionHasTheFormModulesFollow() {
        assertThat(Permissions.CORE).allMatch(permission -> Permissions.FORM.matcher(permission).matches());
        assertThat(Permissions.FORM.matcher("midwifery:pregnancy-write").matches()).isTrue();
        assertThat(Permissions.FORM.matcher("Patient:Read").matches()).isFalse();
        assertThat(Permissions.FORM.matcher("patient").matches()).isFalse();
    }

    @Test
    void callersAreAuditedWithTheirRolesInOneIdentifier() {
        assertThat(new Caller("u1", "dr", Set.of("gp", "admin"), "127.0.0.1").auditRole()).isEqualTo("admin/gp");
        assertThat(new Caller("u1", "dr", Set.of(), "local").auditRole()).isEqualTo("none");
        assertThat(Roles.requiresSecondFactor(Roles.PATIENT)).isFalse();
        assertThat(Roles.ALL).allMatch(role -> role.equals(Roles.PATIENT) || Roles.requiresSecondFactor(role));
    }
}
