package org.cabinet.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cabinet.api.rest.ProblemException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * The problem of a JSON request body that Jackson could not map: which field (as a JSON path such as
 * {@code lines[0].dosage}) and why, never the value, which may be health data.
 */
final class JsonFieldProblem {

    /** Reason of a property the target type does not have. */
    static final String UNKNOWN_FIELD = "unknown-field";

    /** Longest field name answered: the name of an unknown property is whatever the client sent. */
    private static final int LONGEST_FIELD = 120;

    private JsonFieldProblem() {
    }

    /**
     * @return the problem naming the field at fault; empty when Jackson names none (the body as a whole is wrong)
     *         or when the fault is not the request's
     */
    static Optional<ProblemException> of(JsonMappingException failure) {
        if (failure instanceof InvalidDefinitionException) {
            // a type Jackson cannot handle at all: Cabinet's fault, not the request's
            return Optional.empty();
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                // a type that checks itself while being built (a record's constructor) said what is wrong
                return Optional.of(problem);
            }
        }
        String field = path(failure.getPath());
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (failure instanceof PropertyBindingException) {
            return Optional.of(new ProblemException(400, UNKNOWN_FIELD, field, detail("unknown", Locale.ENGLISH, field),
                    detail("unknown", Locale.FRENCH, field)));
        }
        return Optional.of(ProblemException.invalidField(field, detail("invalid", Locale.ENGLISH, field),
                detail("invalid", Locale.FRENCH, field)));
    }

    /** @return the JSON path of the references, such as {@code lines[0].dosage}; empty for none */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() > LONGEST_FIELD ? path.substring(0, LONGEST_FIELD) + "…" : path.toString();
    }

    private static String detail(String kind, Locale locale, String field) {
        return ProblemCatalog.detail("detail.field." + kind, locale, field);
    }
}
