package org.cabinet.api.rest;

import java.util.Locale;

/**
 * A request refused for a reason the client can act on: answered as {@link CabinetRest#PROBLEM_JSON} with the
 * status, a stable {@code reason} id and the detail in the client's language (French or English). Say what is
 * wrong and how to put it right, never echo health data.
 *
 * @since 1.1
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;
    private final String detailFrench;
    private final String field;

    /**
     * @param status        the HTTP status, 4xx
     * @param reason        a stable id, e.g. {@code weak-password}, for programs
     * @param detailEnglish what went wrong, in English (also the exception's message)
     * @param detailFrench  the same in French
     */
    public ProblemException(int status, String reason, String detailEnglish, String detailFrench) {
        this(status, reason, null, detailEnglish, detailFrench);
    }

    /**
     * @param status        the HTTP status, 4xx
     * @param reason        a stable id, e.g. {@code invalid-nir}, for programs
     * @param field         the request field at fault, as the client named it (e.g. {@code nir},
     *                      {@code lines[0].dosage}); answered as the problem's {@code field} member
     * @param detailEnglish what went wrong, in English (also the exception's message)
     * @param detailFrench  the same in French
     * @since 1.2
     */
    public ProblemException(int status, String reason, String field, String detailEnglish, String detailFrench) {
        super(detailEnglish);
        this.status = status;
        this.reason = reason;
        this.field = field;
        this.detailFrench = detailFrench;
    }

    /**
     * A 400 naming the field at fault, with the reason {@code invalid-<field>} (the field's path without
     * indices, e.g. {@code invalid-lines.dosage}).
     *
     * @since 1.2
     */
    public static ProblemException invalidField(String field, String detailEnglish, String detailFrench) {
        return new ProblemException(400, "invalid-" + field.replaceAll("\\[\\d+]", ""), field, detailEnglish,
                detailFrench);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /**
     * @return the request field at fault, or {@code null} when the problem is not about one field
     * @since 1.2
     */
    public String field() {
        return field;
    }

    /** @return the detail in {@code locale}'s language: French, or English for any other */
    public String detail(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? detailFrench : getMessage();
    }
}
