package org.cabinet.itests.exam;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Explains, in a few lines, why a request did not get the answer a test waited for: what was answered, what the
 * JAX-RS whiteboard believes it serves, and what the HTTP whiteboard really serves underneath.
 */
final class WebRuntimeReport {

    private static final int BODY_SHOWN = 300;

    private WebRuntimeReport() {
    }

    static String of(BundleContext context, HttpResponse<String> last) {
        return "last answer: " + answer(last) + "\n  " + jaxrs(context) + "\n  " + http(context);
    }

    static String answer(HttpResponse<String> response) {
        if (response == null) {
            return "none";
        }
        String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        return response.statusCode() + " " + response.headers().map() + " body: "
                + (body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "..." : body);
    }

    static String jaxrs(BundleContext context) {
        return withService(context, JaxrsServiceRuntime.class, runtime -> {
            var dto = runtime.getRuntimeDTO();
            return "JAX-RS whiteboard: applications " + Arrays.stream(dto.applicationDTOs)
                    .map(app -> app.name + " " + app.base + " " + Arrays.stream(app.resourceDTOs).map(resource -> resource.name).toList())
                    .toList()
                    + "; failed applications " + failures(dto.failedApplicationDTOs, failed -> failed.name, failed -> failed.failureReason)
                    + "; failed resources " + failures(dto.failedResourceDTOs, failed -> failed.name, failed -> failed.failureReason)
                    + "; failed extensions " + failures(dto.failedExtensionDTOs, failed -> failed.name, failed -> failed.failureReason);
        });
    }

    static String http(BundleContext context) {
        return withService(context, HttpServiceRuntime.class, runtime -> {
            RuntimeDTO dto = runtime.getRuntimeDTO();
            return "HTTP whiteboard: contexts " + Arrays.stream(dto.servletContextDTOs).map(WebRuntimeReport::servletContext).toList()
                    + "; failed contexts " + failures(dto.failedServletContextDTOs, failed -> failed.name + " " + failed.contextPath,
                            failed -> failed.failureReason)
                    + "; failed servlets " + failures(dto.failedServletDTOs, WebRuntimeReport::servlet, failed -> failed.failureReason)
                    + "; failed filters " + failures(dto.failedFilterDTOs, WebRuntimeReport::filter, failed -> failed.failureReason);
        });
    }

    private static String servletContext(ServletContextDTO context) {
        return context.name + " " + context.contextPath + " servlets "
                + Arrays.stream(context.servletDTOs).map(WebRuntimeReport::servlet).toList()
                + " filters " + Arrays.stream(context.filterDTOs).map(WebRuntimeReport::filter).toList();
    }

    private static String servlet(ServletDTO servlet) {
        return servlet.name + " " + Arrays.toString(servlet.patterns);
    }

    private static String filter(FilterDTO filter) {
        return filter.name + " " + Arrays.toString(filter.patterns);
    }

    private static <T> List<String> failures(T[] failed, Function<T, String> name, Function<T, Integer> reason) {
        return Arrays.stream(failed).map(one -> name.apply(one) + " (reason " + reason.apply(one) + ")").collect(Collectors.toList());
    }

    private static <S> String withService(BundleContext context, Class<S> type, Function<S, String> describe) {
        ServiceReference<S> reference = context.getServiceReference(type);
        S service = reference == null ? null : context.getService(reference);
        if (service == null) {
            return "no " + type.getSimpleName();
        }
        try {
            return describe.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
