package org.cabinet.web.internal.openapi;

import java.util.Optional;
import java.util.function.Function;

/** Reaches the object behind a service id of the JAX-RS runtime's DTOs, for as long as one reading takes. */
@FunctionalInterface
interface ServiceObjects {

    /**
     * @param serviceId the service's {@code service.id}
     * @param reading   what to learn from the service object
     * @return what the reading learnt; empty when the service is gone
     */
    <T> Optional<T> read(long serviceId, Function<Object, T> reading);
}
