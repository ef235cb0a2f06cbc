package org.cabinet.records.internal.agenda;

import java.util.Arrays;

/** Where an appointment stands. Only a cancelled one frees its slot. */
public enum AppointmentStatus {
    BOOKED("booked"),
    CANCELLED("cancelled"),
    /** the patient did not come: the slot stays taken, the appointment still counts as a care relationship */
    NO_SHOW("no-show");

    private final String id;

    AppointmentStatus(String id) {
        this.id = id;
    }

    /** @return the status as JSON and the table write it */
    public String id() {
        return id;
    }

    static AppointmentStatus of(String id) {
        return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no appointment status " + id));
    }
}
