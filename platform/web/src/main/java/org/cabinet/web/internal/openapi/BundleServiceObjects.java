package org.cabinet.web.internal.openapi;

import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@link ServiceObjects} through a bundle context: each service is released as soon as it has been read. */
final class BundleServiceObjects implements ServiceObjects {

    private final BundleContext context;

    BundleServiceObjects(BundleContext context) {
        this.context = context;
    }

    @Override
    public <T> Optional<T> read(long serviceId, Function<Object, T> reading) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("filter of service " + serviceId, e);
        }
        if (references == null) {
            return Optional.empty();
        }
        return read(references[0], reading);
    }

    private <S, T> Optional<T> read(ServiceReference<S> reference, Function<Object, T> reading) {
        org.osgi.framework.ServiceObjects<S> objects = context.getServiceObjects(reference);
        S service = objects == null ? null : objects.getService();
        if (service == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reading.apply(service));
        } finally {
            objects.ungetService(service);
        }
    }
}
