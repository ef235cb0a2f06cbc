package org.cabinet.records.internal.record;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of medical-record entries, with the path segment that names them and the fields each holds. */
public enum EntryKind {
    ANTECEDENT("antecedents", EntryFields.Antecedent.class),
    ALLERGY("allergies", EntryFields.Allergy.class),
    PROBLEM("problems", EntryFields.Problem.class),
    TREATMENT("treatments", EntryFields.Treatment.class),
    VITALS("vitals", EntryFields.Vitals.class),
    NOTE("notes", EntryFields.Note.class);

    private final String segment;
    private final Class<? extends EntryFields> fields;

    EntryKind(String segment, Class<? extends EntryFields> fields) {
        this.segment = segment;
        this.fields = fields;
    }

    /** @return the plural that names the kind in URLs, e.g. {@code allergies} */
    public String segment() {
        return segment;
    }

    /** @return the name stored and shown, e.g. {@code allergy} */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Class<? extends EntryFields> fields() {
        return fields;
    }

    public static Optional<EntryKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.segment.equals(segment)).findFirst();
    }

    /** @return the kind whose fields these are */
    public static EntryKind of(EntryFields fields) {
        return Arrays.stream(values()).filter(kind -> kind.fields.isInstance(fields)).findFirst().orElseThrow();
    }

    public static EntryKind ofId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
