package org.cabinet.bench.clinical;

/**
 * What one window measures: a kind of request on one installation.
 *
 * @param kind     {@code chart} or {@code search}
 * @param audited  whether the installation audits
 * @param requests the requests its clients send
 * @param cabinet  the installation they go to
 */
record MeasuredCase(String kind, boolean audited, RequestMaker requests, MeasuredCabinet cabinet) {

    String label() {
        return String.format("%-7s auditing %-3s", kind, audited ? "on" : "off");
    }
}
