package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServingAnnouncerTest {

    @Test
    void firstEndpointOfTheHttpRuntime() {
        assertThat(ServingAnnouncer.endpoint(new String[] { "http://127.0.0.1:8181" })).isEqualTo("http://127.0.0.1:8181/");
        assertThat(ServingAnnouncer.endpoint(List.of("http://10.0.0.2:8181/", "https://10.0.0.2:8443/"))).isEqualTo("http://10.0.0.2:8181/");
    }

    @Test
    void noEndpointMeansNothingToAnnounce() {
        assertThat(ServingAnnouncer.endpoint(null)).isNull();
        assertThat(ServingAnnouncer.endpoint(new String[0])).isNull();
    }
}
