package org.cabinet.records.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.cabinet.api.crypto.FieldCipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Clinical content stored as one JSON document sealed by the {@link FieldCipher}. */
public final class SealedJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SealedJson() {
    }

    /** @return {@code value} as JSON, sealed */
    public static String seal(FieldCipher cipher, Object value) {
        try {
            return cipher.encrypt(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** @return the value sealed by {@link #seal} */
    public static <T> T open(FieldCipher cipher, String sealed, TypeReference<T> type) {
        try {
            return JSON.readValue(cipher.decrypt(sealed), type);
        } catch (IOException e) {
            throw new UncheckedIOException("a sealed payload is not the JSON expected", e);
        }
    }

    /** @return the value sealed by {@link #seal} */
    public static <T> T open(FieldCipher cipher, String sealed, Class<T> type) {
        try {
            return JSON.readValue(cipher.decrypt(sealed), type);
        } catch (IOException e) {
            throw new UncheckedIOException("a sealed payload is not the JSON expected", e);
        }
    }
}
