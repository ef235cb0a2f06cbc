package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.cabinet.api.health.HealthStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class JsonProviderTest {

    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    private final JsonProvider provider = new JsonProvider();

    @Test
    void writesProblemJson() throws Exception {
        assertThat(provider.isWriteable(Problem.class, Problem.class, new Annotation[0], PROBLEM)).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(new Problem("about:blank", "Introuvable", 404, "Rien", null, null, null), Problem.class, Problem.class,
                new Annotation[0], PROBLEM, new MultivaluedHashMap<>(), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Introuvable\",\"status\":404,\"detail\":\"Rien\"}");
    }

    @Test
    void readsRecords() throws Exception {
        Object health = read("{\"status\":\"UP\",\"version\":\"1\",\"modules\":[\"cabinet-core\"],"
                + "\"checks\":{\"database\":{\"state\":\"UP\",\"detail\":\"Derby\"}}}");
        assertThat(health).isEqualTo(new Health("UP", "1", List.of("cabinet-core"),
                Map.of("database", HealthStatus.up("Derby"))));
    }

    @Test
    void refusesMalformedAndUnknownFields() {
        assertThatThrownBy(() -> read("{\"status\":")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"status\":\"UP\",\"typo\":1}")).isInstanceOf(JsonProcessingException.class);
    }

    private Object read(String json) throws Exception {
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) (Class<?>) Health.class;
        return provider.readFrom(type,
                Health.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
