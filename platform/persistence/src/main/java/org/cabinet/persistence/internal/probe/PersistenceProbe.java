package org.cabinet.persistence.internal.probe;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A row of {@code persistence_probe}: the smallest entity that proves this bundle owns a persistence
 * unit on the cabinet datasource. Enhanced at build time by openjpa-maven-plugin; never leaves the bundle.
 */
@Entity
@Table(name = "persistence_probe")
public class PersistenceProbe {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "note", length = 200, nullable = false)
    private String note;

    /** UTC; a JPA 2.2 type (Instant is not one) */
    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected PersistenceProbe() {
        // for OpenJPA
    }

    public PersistenceProbe(String id, String note, Instant writtenAt) {
        this.id = id;
        this.note = note;
        this.writtenAt = LocalDateTime.ofInstant(writtenAt, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String note() {
        return note;
    }

    public Instant writtenAt() {
        return writtenAt.toInstant(ZoneOffset.UTC);
    }
}
