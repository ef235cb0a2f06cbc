package org.cabinet.records.internal.record;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One version of a record entry, kept for ever: what a correction replaced stays readable. */
@Entity
@Table(name = "rec_entry_version")
public class EntryVersionEntity {

    @Id
    private String id;
    @Column(name = "entry_id")
    private String entryId;
    private int version;
    private String status;
    @Column(name = "payload_sealed")
    private String payloadSealed;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "recorded_us")
    private long recordedUs;

    protected EntryVersionEntity() {
    }

    EntryVersionEntity(String entryId, int version, String status, String payloadSealed, String authorId,
            long recordedUs) {
        this.id = entryId + ":" + version;
        this.entryId = entryId;
        this.version = version;
        this.status = status;
        this.payloadSealed = payloadSealed;
        this.authorId = authorId;
        this.recordedUs = recordedUs;
    }

    int version() {
        return version;
    }

    String status() {
        return status;
    }

    String payloadSealed() {
        return payloadSealed;
    }

    String authorId() {
        return authorId;
    }

    long recordedUs() {
        return recordedUs;
    }
}
