package org.cabinet.security.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/health/..;/users", "/api/health/../users", "/api/%2e%2e/users", "/api/health/%2E%2E/users",
        "/api/./users", "//api/users", "/api//users", "/api/health;jsessionid=1", "/api/users;jsessionid=1",
        "/api/health%2f..%2fusers", "/api/health%5c..%5cusers", "/api\\users", "/api/%252e%252e/users",
        "/api/users%00", "/api/users/.", "/api/users/..", "relative", "" })
    void ambiguousPathsAreRefusedOutright(String raw) {
        assertThat(RequestPath.of(raw).ambiguous()).as(raw).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/users", "/API/users", "/Api/Users", "/api", "/api/", "/api/health/x", "/api/auth/login/x",
        "/api/mymodule/things" })
    void everythingUnderApiNeedsASessionButThePublicRoutes(String raw) {
        RequestPath path = RequestPath.of(raw);
        assertThat(path.ambiguous()).isFalse();
        assertThat(path.isApi()).isTrue();
        assertThat(path.isPublic()).isFalse();
    }

    @Test
    void publicRoutesAreExactInAnyCase() {
        assertThat(RequestPath.of("/api/health").isPublic()).isTrue();
        assertThat(RequestPath.of("/api/health/").isPublic()).isTrue();
        assertThat(RequestPath.of("/API/HEALTH").isPublic()).isTrue();
        assertThat(RequestPath.of("/api/auth/login").isPublic()).isTrue();
        assertThat(RequestPath.of("/api/setup").isPublic()).isTrue();
        assertThat(RequestPath.of("/api/openapi.json").isPublic()).isTrue();
        assertThat(RequestPath.of("/api/auth/me").isPublic()).isFalse();
    }

    @Test
    void outsideApiTheFilterLetsTheServerAnswer() {
        assertThat(RequestPath.of("/").isApi()).isFalse();
        assertThat(RequestPath.of("/ui/index.html").isApi()).isFalse();
        assertThat(RequestPath.of("/apifoo").isApi()).isFalse();
    }

    @Test
    void anEnrolmentSessionReachesOnlyWhatEnrolmentNeeds() {
        assertThat(RequestPath.of("/api/auth/second-factor").isEnrolment()).isTrue();
        assertThat(RequestPath.of("/api/auth/second-factor/confirm").isEnrolment()).isTrue();
        assertThat(RequestPath.of("/api/auth/me").isEnrolment()).isTrue();
        assertThat(RequestPath.of("/api/users").isEnrolment()).isFalse();
    }
}
