package org.cabinet.web.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer, as RFC 9457 defines it, with Cabinet's two extension members.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    a short, human summary of the kind of problem, in the client's language
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, in the client's language
 * @param instance the path of the request
 * @param reason   a stable id of why, for programs (e.g. {@code weak-password}), when there is one
 * @param field    the request field at fault, as a JSON path (e.g. {@code lines[0].dosage}), when the problem is
 *                 about one field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String reason,
        String field) {

    /** @return this problem with a more precise detail and its reason */
    Problem because(String reason, String detail) {
        return new Problem(type, title, status, detail, instance, reason, field);
    }

    /** @return this problem naming the request field at fault ({@code null}: none) */
    Problem about(String field) {
        return new Problem(type, title, status, detail, instance, reason, field);
    }
}
