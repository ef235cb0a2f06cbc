package org.cabinet.itests.process;

public record HttpAnswer(int status, String body) {
}
