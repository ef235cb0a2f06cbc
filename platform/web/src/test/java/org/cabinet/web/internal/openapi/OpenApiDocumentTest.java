package org.cabinet.web.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cabinet.web.internal.openapi.SampleResources.ModuleRoot;
import org.cabinet.web.internal.openapi.SampleResources.Prescriptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiDocumentTest {

    private final JsonNode document = json(OpenApiDocument.of("1.2.3", List.of(
            new ServedApplication("/api", Set.of(Prescriptions.class)),
            new ServedApplication("/api/midwifery", Set.of(ModuleRoot.class)))));

    @Test
    void namesCabinetItsVersionAndTheRootServer() {
        assertThat(document.path("openapi").asText()).startsWith("3.0.");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Cabinet");
        assertThat(document.path("info").path("version").asText()).isEqualTo("1.2.3");
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/");
    }

    @Test
    void everyPathStartsWithItsApplicationsBaseAndHasItsMethods() {
        assertThat(fieldNames(document.path("paths")))
                .containsExactly("/api/midwifery", "/api/prescriptions", "/api/prescriptions/{id}");
        assertThat(fieldNames(document.path("paths").path("/api/prescriptions"))).containsExactlyInAnyOrder("get", "post");
        assertThat(fieldNames(document.path("paths").path("/api/prescriptions/{id}"))).containsExactlyInAnyOrder("get", "delete");
        assertThat(fieldNames(document.path("paths").path("/api/midwifery"))).containsExactly("get");
    }

    @Test
    void parametersAndMediaTypesComeFromTheAnnotations() {
        JsonNode list = document.path("paths").path("/api/prescriptions").path("get");
        assertThat(list.path("parameters").get(0).path("name").asText()).isEqualTo("patient");
        assertThat(list.path("parameters").get(0).path("in").asText()).isEqualTo("query");
        JsonNode create = document.path("paths").path("/api/prescriptions").path("post");
        assertThat(fieldNames(create.path("requestBody").path("content"))).containsExactly("application/json");
        JsonNode get = document.path("paths").path("/api/prescriptions/{id}").path("get");
        assertThat(get.path("parameters").get(0).path("in").asText()).isEqualTo("path");
        assertThat(fieldNames(get.path("responses").path("default").path("content"))).containsExactly("application/json");
    }

    @Test
    void recordsBecomeSchemasWithTheirDatesAsText() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(fieldNames(schemas)).contains("Prescription", "Line");
        JsonNode issued = schemas.path("Prescription").path("properties").path("issued");
        assertThat(issued.path("type").asText()).isEqualTo("string");
        assertThat(issued.path("format").asText()).isEqualTo("date");
        assertThat(schemas.path("Prescription").path("properties").path("lines").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/Line");
    }

    @Test
    void nothingServedIsAnEmptyButValidDocument() {
        JsonNode empty = json(OpenApiDocument.of("1", List.of()));
        assertThat(empty.path("info").path("title").asText()).isEqualTo("Cabinet");
        assertThat(empty.path("paths").size()).isZero();
    }

    private static JsonNode json(io.swagger.v3.oas.models.OpenAPI document) {
        try {
            return new ObjectMapper().readTree(OpenApiDocument.json(document));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
