package org.cabinet.records.internal.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Clinical fields kept as one JSON document, sealed by the field cipher: the structure stays in code, the database
 * holds ciphertext only. Unknown properties are refused, as in requests.
 */
public final class SealedJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ClinicalStore store;

    public SealedJson(ClinicalStore store) {
        this.store = store;
    }

    /** @return {@code value} as sealed JSON */
    public String seal(Object value) {
        try {
            return store.cipher().encrypt(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a clinical value could not be written as JSON", impossible);
        }
    }

    /** @return the value sealed in {@code sealed} */
    public <T> T open(String sealed, Class<T> type) {
        try {
            return MAPPER.readValue(store.cipher().decrypt(sealed), type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a sealed clinical value is not the JSON it should be", unreadable);
        }
    }

    /**
     * @return {@code json} read as {@code type}
     * @throws JsonProcessingException when it does not fit (answered 400 naming the field)
     */
    public static <T> T read(JsonNode json, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(json, type);
    }

    /** @return {@code value} as a JSON tree */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
