package org.cabinet.itests.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.ws.rs.core.Application;

import org.cabinet.api.rest.CabinetRest;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/openapi.json} describes exactly what the JAX-RS runtime serves, core and modules alike, and a
 * JSON body Cabinet cannot read is answered with the field at fault.
 */
public class OpenApiIT extends CabinetTestSupport {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Duration SETTLING = Duration.ofSeconds(60);

    @Test
    public void theDocumentIsPublicAndDescribesCabinet() {
        awaitHealthy();
        HttpResponse<String> answer = get("/api/openapi.json", Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode document = json(answer);
        assertThat(document.path("openapi").asText()).startsWith("3.0.");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Cabinet");
        assertThat(document.path("info").path("version").asText()).isEqualTo(System.getProperty("cabinet.expected.version"));
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/");

        JsonNode paths = awaitDocumentWith("/api/audit/verify", "/api/users", "/api/auth/login").path("paths");
        assertThat(fieldNames(paths)).contains("/api/health", "/api/openapi.json", "/api/audit/verify", "/api/users",
                "/api/users/{id}", "/api/auth/login", "/api/setup");
        assertThat(fieldNames(paths.path("/api/users"))).contains("get", "post");
        assertThat(fieldNames(paths.path("/api/users").path("post").path("requestBody").path("content")))
                .containsExactly("application/json");
        assertThat(paths.path("/api/users/{id}").path("get").path("parameters").get(0).path("in").asText()).isEqualTo("path");
        assertThat(fieldNames(document(Map.of()).path("components").path("schemas"))).contains("NewUser");
    }

    @Test
    public void everyServedMethodIsDocumentedAndNothingElse() {
        awaitHealthy();
        awaitDocumentWith("/api/audit/verify", "/api/users", "/api/auth/login");
        assertSameAsRuntime();
    }

    @Test
    public void resourcesAndApplicationsOfModulesJoinAndLeaveTheDocument() {
        awaitHealthy();
        ServiceRegistration<ProbeResource> probe = registerProbe();
        ServiceRegistration<Application> module = registerModuleApplication();
        ServiceRegistration<ProbeResource> moduleProbe = registerModuleProbe();
        try {
            JsonNode paths = awaitDocumentWith("/api/itest/echo", "/api/itest-module/itest/echo").path("paths");
            assertThat(fieldNames(paths.path("/api/itest/echo"))).containsExactly("post");
            assertThat(fieldNames(paths.path("/api/itest-module/itest/fail"))).containsExactly("get");
            assertThat(fieldNames(document(Map.of()).path("components").path("schemas"))).contains("Note");
            assertSameAsRuntime();
        } finally {
            moduleProbe.unregister();
            module.unregister();
            probe.unregister();
        }
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (fieldNames(document(Map.of()).path("paths")).stream().anyMatch(path -> path.startsWith("/api/itest"))
                && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
        assertThat(fieldNames(document(Map.of()).path("paths"))).noneMatch(path -> path.startsWith("/api/itest"));
        assertSameAsRuntime();
    }

    @Test
    public void aUserBodyOfTheWrongShapeNamesTheFieldAndNotTheValue() {
        awaitHealthy();
        Map<String, String> json = admin().bearer(Map.of("Content-Type", "application/json", "Accept-Language", "en"));
        int users = json(get("/api/users", asAdmin())).size();

        HttpResponse<String> wrongType = http("POST", "/api/users",
                "{\"username\":{\"nir\":\"2550814168025\"},\"displayName\":\"Dr Martin\",\"password\":\"x\",\"roles\":[\"gp\"]}", json);
        assertFieldProblem(wrongType, "username", "invalid-username");
        assertThat(wrongType.body()).doesNotContain("2550814168025");
        assertThat(json(wrongType).path("detail").asText()).contains("username");

        assertFieldProblem(http("POST", "/api/users", "{\"username\":\"martin\",\"roles\":[\"gp\",{\"admin\":true}]}", json),
                "roles[1]", "invalid-roles");

        HttpResponse<String> typo = http("POST", "/api/users", "{\"username\":\"martin\",\"rolez\":[\"gp\"]}",
                admin().bearer(Map.of("Content-Type", "application/json", "Accept-Language", "fr")));
        assertFieldProblem(typo, "rolez", "unknown-field");
        assertThat(json(typo).path("detail").asText()).startsWith("Le champ rolez");

        assertThat(json(get("/api/users", asAdmin())).size()).as("a refused request changes nothing").isEqualTo(users);
    }

    private static void assertFieldProblem(HttpResponse<String> answer, String field, String reason) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(CabinetRest.PROBLEM_JSON));
        JsonNode problem = json(answer);
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("reason").asText()).isEqualTo(reason);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    /** Compares the document with the runtime's DTOs read before and after it, once they agree with each other. */
    private void assertSameAsRuntime() {
        JaxrsServiceRuntime runtime = service(JaxrsServiceRuntime.class);
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (true) {
            Set<String> before = servedMethods(runtime.getRuntimeDTO());
            Set<String> documented = documentedMethods(document(Map.of()));
            Set<String> after = servedMethods(runtime.getRuntimeDTO());
            if (before.equals(after) && (documented.equals(after) || System.nanoTime() > deadline)) {
                assertThat(documented).as("documented methods").isEqualTo(after);
                assertThat(after).as("the runtime serves Cabinet's core").contains("GET /api/health", "POST /api/users");
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** @return every resource method the runtime serves, as {@code METHOD /path} with plain path templates */
    private static Set<String> servedMethods(RuntimeDTO runtime) {
        Set<String> served = new TreeSet<>();
        Stream.concat(Stream.ofNullable(runtime.defaultApplication), Arrays.stream(runtime.applicationDTOs)).forEach(application -> {
            Stream.concat(Arrays.stream(application.resourceDTOs).flatMap(OpenApiIT::methods), methods(application))
                    .filter(method -> method.method != null)
                    .forEach(method -> served.add(method.method.toUpperCase() + " " + path(application.base + "/" + method.path)));
        });
        return served;
    }

    private static Stream<ResourceMethodInfoDTO> methods(ResourceDTO resource) {
        return resource.resourceMethods == null ? Stream.empty() : Arrays.stream(resource.resourceMethods);
    }

    private static Stream<ResourceMethodInfoDTO> methods(ApplicationDTO application) {
        return application.resourceMethods == null ? Stream.empty() : Arrays.stream(application.resourceMethods);
    }

    /** @return every operation of the document, as {@code METHOD /path} */
    private static Set<String> documentedMethods(JsonNode document) {
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                documented.add(method.toUpperCase() + " " + path(path.getKey()));
            }
        }));
        return documented;
    }

    /** @return the path with single slashes, no trailing one, and templates without their regular expressions */
    private static String path(String raw) {
        String path = raw.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/\\*$", "").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private JsonNode awaitDocumentWith(String... paths) {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        JsonNode document = document(Map.of());
        while (!fieldNames(document.path("paths")).containsAll(Set.of(paths)) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(250));
            document = document(Map.of());
        }
        assertThat(fieldNames(document.path("paths"))).containsAll(Set.of(paths));
        return document;
    }

    private JsonNode document(Map<String, String> headers) {
        HttpResponse<String> answer = get("/api/openapi.json", headers);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    /** A module's own JAX-RS application, as a specialty module registers one under /api/<module-id>. */
    private ServiceRegistration<Application> registerModuleApplication() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jaxrs.application.base", CabinetRest.APPLICATION_BASE + "/itest-module");
        properties.put("osgi.jaxrs.name", "itest.module");
        properties.put("osgi.jaxrs.extension.select", new String[] { CabinetRest.JSON_SELECT, CabinetRest.PROBLEM_SELECT });
        return bundleContext.registerService(Application.class, new Application(), properties);
    }

    private ServiceRegistration<ProbeResource> registerModuleProbe() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jaxrs.resource", Boolean.TRUE);
        properties.put("osgi.jaxrs.name", "itest.module.probe");
        properties.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=itest.module)");
        return bundleContext.registerService(ProbeResource.class, new ProbeResource(), properties);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> each = node.fieldNames(); each.hasNext();) {
            names.add(each.next());
        }
        return names;
    }
}
