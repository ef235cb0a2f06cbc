package org.cabinet.records.internal.guard;

import org.cabinet.api.rest.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads a part of a request as typed fields, refusing what does not fit with a problem naming the field. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * @param prefix where the part sits in the request, e.g. {@code fields}
     * @throws ProblemException 400 naming the field at fault (its value is never echoed: it may be health data)
     */
    public static <T> T read(String prefix, JsonNode json, Class<T> type) {
        if (json == null || json.isNull()) {
            throw Conflicts.missing(prefix);
        }
        try {
            return SealedJson.read(json, type);
        } catch (JsonProcessingException wrong) {
            String field = prefix + path(wrong);
            if (wrong instanceof UnrecognizedPropertyException) {
                throw new ProblemException(400, "unknown-field", field, "There is no field " + field + " here.",
                        "Il n'y a pas de champ " + field + " ici.");
            }
            throw Conflicts.invalid(field, "The field " + field + " does not have the expected type or form.",
                    "Le champ " + field + " n'a pas le type ou la forme attendus.");
        }
    }

    private static String path(JsonProcessingException wrong) {
        if (!(wrong instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append('.').append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
