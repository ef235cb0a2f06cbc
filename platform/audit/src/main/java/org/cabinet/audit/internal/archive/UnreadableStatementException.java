package org.cabinet.audit.internal.archive;

/** A file outside the database that should be a signed statement (a checkpoint, an anchor) and is not. */
public final class UnreadableStatementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;

    UnreadableStatementException(String what, String file, Throwable cause) {
        super("the " + what + " file " + file + " cannot be read", cause);
        this.file = file;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }
}
