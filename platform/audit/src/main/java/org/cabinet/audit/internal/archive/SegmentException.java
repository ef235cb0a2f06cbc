package org.cabinet.audit.internal.archive;

/** An archived segment file that cannot be trusted; the message names the file and what is wrong with it. */
public final class SegmentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;

    public SegmentException(String file, String problem) {
        super("the archived segment " + file + " cannot be trusted: " + problem);
        this.file = file;
    }

    /** @return the segment's file name */
    public String file() {
        return file;
    }
}
