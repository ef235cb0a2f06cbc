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

    /**
     * @param status        the HTTP status, 4xx
     * @param reason        a stable id, e.g. {@code weak-password}, for programs
     * @param detailEnglish what went wrong, in English (also the exception's message)
     * @param detailFrench  the same in French
     */
    public ProblemException(int status, String reason, String detailEnglish, String detailFrench) {
        super(detailEnglish);
        this.status = status;
        this.reason = reason;
        this.detailFrench = detailFrench;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** @return the detail in {@code locale}'s language: French, or English for any other */
    public String detail(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? detailFrench : getMessage();
    }
}
