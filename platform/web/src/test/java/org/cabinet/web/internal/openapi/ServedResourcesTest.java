package org.cabinet.web.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cabinet.web.internal.openapi.SampleResources.ModuleApplication;
import org.cabinet.web.internal.openapi.SampleResources.ModuleRoot;
import org.cabinet.web.internal.openapi.SampleResources.Prescriptions;
import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class ServedResourcesTest {

    private final Map<Long, Object> services = Map.of(
            10L, new Object(), 11L, new Prescriptions(),
            20L, new ModuleApplication());
    private final ServiceObjects lookup = new ServiceObjects() {
        @Override
        public <T> Optional<T> read(long serviceId, Function<Object, T> reading) {
            return Optional.ofNullable(services.get(serviceId)).map(reading);
        }
    };

    @Test
    void readsTheClassesOfWhiteboardResourcesAndOfThoseAnApplicationHolds() {
        RuntimeDTO runtime = runtime(application(10, "/api", 11, 12), application(20, "/api/midwifery/*"));
        runtime.applicationDTOs[1].resourceMethods = new ResourceMethodInfoDTO[] { new ResourceMethodInfoDTO() };

        assertThat(ServedResources.of(runtime, lookup)).containsExactly(
                new ServedApplication("/api", Set.of(Prescriptions.class)),
                new ServedApplication("/api/midwifery", Set.of(ModuleRoot.class)));
    }

    @Test
    void anApplicationServingNothingIsLeftOut() {
        assertThat(ServedResources.of(runtime(application(10, "/api")), lookup)).isEmpty();
    }

    @Test
    void theFingerprintChangesWhenAResourceComesOrGoes() {
        List<String> before = ServedResources.fingerprint(runtime(application(10, "/api", 11)));
        assertThat(ServedResources.fingerprint(runtime(application(10, "/api", 11)))).isEqualTo(before);
        assertThat(ServedResources.fingerprint(runtime(application(10, "/api", 11, 12)))).isNotEqualTo(before);
        assertThat(ServedResources.fingerprint(runtime(application(10, "/api", 11), application(20, "/api/midwifery"))))
                .isNotEqualTo(before);
    }

    @Test
    void basesBecomePathPrefixes() {
        assertThat(ServedResources.base("/api")).isEqualTo("/api");
        assertThat(ServedResources.base("api/")).isEqualTo("/api");
        assertThat(ServedResources.base("/api/gp/*")).isEqualTo("/api/gp");
        assertThat(ServedResources.base("/")).isEmpty();
        assertThat(ServedResources.base(null)).isEmpty();
    }

    private static RuntimeDTO runtime(ApplicationDTO... applications) {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = applications;
        return runtime;
    }

    private static ApplicationDTO application(long serviceId, String base, long... resources) {
        ApplicationDTO application = new ApplicationDTO();
        application.serviceId = serviceId;
        application.base = base;
        application.resourceMethods = new ResourceMethodInfoDTO[0];
        application.resourceDTOs = java.util.Arrays.stream(resources).mapToObj(id -> {
            ResourceDTO resource = new ResourceDTO();
            resource.serviceId = id;
            return resource;
        }).toArray(ResourceDTO[]::new);
        return application;
    }
}
