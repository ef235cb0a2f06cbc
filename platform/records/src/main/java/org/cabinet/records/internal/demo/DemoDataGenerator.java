package org.cabinet.records.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.cabinet.api.audit.AuditAction;
import org.cabinet.api.crypto.FieldCipher;
import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.persistence.MigratedSchema;
import org.cabinet.api.time.Clock;
import org.cabinet.records.internal.guard.PracticeClock;
import org.cabinet.records.internal.guard.ClinicalStore;
import org.cabinet.records.internal.guard.SealedJson;
import org.cabinet.records.internal.guard.Target;
import org.cabinet.records.internal.guard.Times;
import org.cabinet.records.internal.patient.NameKeys;
import org.cabinet.records.internal.record.EntryFields;
import org.cabinet.records.internal.record.EntryKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fills the clinical core with made-up patients, encounters and records that look like a practice's (French names,
 * NIRs with their keys, plausible vitals), in large JDBC batches, so that a demonstration or a benchmark can reach
 * 100,000 patients and 1,000,000 encounters. Everything is sealed as real data is. One audit event records the run.
 */
@Component(service = DemoDataGenerator.class)
public final class DemoDataGenerator {

    /** patients written per transaction */
    private static final int BATCH = 250;
    /** the practitioner demo encounters name when none is given */
    public static final String DEMO_PRACTITIONER = "demo-practitioner";

    private final DataSource dataSource;
    private final ClinicalStore store;
    private final FieldCipher cipher;
    private final Clock clock;
    private final SealedJson sealed;

    @Activate
    public DemoDataGenerator(@Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference ClinicalStore store, @Reference FieldCipher cipher, @Reference PracticeClock clock,
            @Reference(target = "(" + CabinetPersistence.SCHEMA_BUNDLE + "=" + ClinicalStore.BUNDLE + ")") MigratedSchema schema) {
        this.dataSource = dataSource;
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
        this.sealed = new SealedJson(store);
    }

    /**
     * @param request  how much to make, and for whom
     * @param actor    who asked, as the audit log names them
     * @param progress told after each batch how many patients are written
     * @return what was made
     */
    public DemoSummary generate(DemoRequest request, String actor, java.util.function.IntConsumer progress) {
        store.recordConsole(actor, AuditAction.ADMIN_CHANGE, new Target(null, "demo-data", "demo-data",
                request.patients() + "-patients"));
        SplittableRandom random = new SplittableRandom(request.seed());
        LocalDate today = clock.today();
        long now = Times.micros(clock.now());
        long started = System.nanoTime();
        DemoSummary made = new DemoSummary(0, 0, 0, 0, Duration.ZERO);
        List<String> firstPatients = new ArrayList<>();
        for (int done = 0; done < request.patients() && !Thread.currentThread().isInterrupted(); done += BATCH) {
            int count = Math.min(BATCH, request.patients() - done);
            made = made.plus(batch(request, random, today, now, count, firstPatients));
            progress.accept(done + count);
        }
        if (request.practitionerId() != null && !firstPatients.isEmpty()) {
            made = made.withAppointments(bookAppointments(request.practitionerId(), firstPatients, today, now, actor));
        }
        return made.took(Duration.ofNanos(System.nanoTime() - started));
    }

    private int bookAppointments(String practitionerId, List<String> patientIds, LocalDate today, long now, String actor) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int booked = DemoAgenda.book(connection, practitionerId, patientIds, today, clock.zone(), now, actor);
                connection.commit();
                return booked;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("demo appointments could not be booked: " + failed.getMessage(), failed);
        }
    }

    private DemoSummary batch(DemoRequest request, SplittableRandom random, LocalDate today, long now, int count,
            List<String> firstPatients) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (DemoStatements statements = new DemoStatements(connection)) {
                DemoSummary made = new DemoSummary(0, 0, 0, 0, Duration.ZERO);
                for (int i = 0; i < count; i++) {
                    String id = UUID.randomUUID().toString();
                    made = made.plus(patient(statements, id, request, random, today, now));
                    if (firstPatients.size() < DemoAgenda.MOST) {
                        firstPatients.add(id);
                    }
                }
                statements.execute();
                connection.commit();
                return made;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("demo data could not be written: " + failed.getMessage(), failed);
        }
    }

    private DemoSummary patient(DemoStatements statements, String id, DemoRequest request, SplittableRandom random,
            LocalDate today, long now) throws SQLException {
        DemoIdentity person = DemoIdentity.next(random, today);
        PreparedStatement patient = statements.patient();
        patient.setString(1, id);
        patient.setString(2, person.birthName());
        patient.setString(3, person.usedName());
        patient.setString(4, person.firstNames());
        patient.setDate(5, java.sql.Date.valueOf(person.birthDate()));
        patient.setString(6, person.sex());
        patient.setString(7, person.birthplace());
        patient.setString(8, cipher.encrypt(person.nir()));
        patient.setString(9, cipher.blindIndex(person.nir()));
        patient.setString(10, sealed.seal(Map.of("phone", String.format("06 %02d %02d %02d %02d", random.nextInt(100),
                random.nextInt(100), random.nextInt(100), random.nextInt(100)))));
        patient.setString(11, NameKeys.of(person.birthName()));
        patient.setString(12, NameKeys.firstOf(person.firstNames()));
        patient.setLong(13, now);
        patient.setLong(14, now);
        patient.addBatch();
        String firstNameKey = NameKeys.firstOf(person.firstNames());
        statements.name(NameKeys.of(person.birthName()), firstNameKey, id);
        if (person.usedName() != null && !NameKeys.of(person.usedName()).equals(NameKeys.of(person.birthName()))) {
            statements.name(NameKeys.of(person.usedName()), firstNameKey, id);
        }
        String practitioner = request.practitionerId() == null ? DEMO_PRACTITIONER : request.practitionerId();
        int encounters = encounterCount(request, random);
        Instant latest = clock.now();
        for (int e = 0; e < encounters; e++) {
            Instant at = latest.minus(Duration.ofMinutes(random.nextLong(30, 5L * 365 * 24 * 60)));
            statements.encounter(UUID.randomUUID().toString(), id, practitioner, e % 10 == 9 ? "home-visit" : "consultation",
                    Times.micros(at), cipher.encrypt(FrenchNames.REASONS.get(random.nextInt(FrenchNames.REASONS.size()))),
                    now);
        }
        int entries = 0;
        for (EntryFields fields : DemoRecord.entries(random, today)) {
            statements.entry(UUID.randomUUID().toString(), id, EntryKind.of(fields).id(), sealed.seal(fields), practitioner, now);
            entries++;
        }
        return new DemoSummary(1, encounters, entries, 0, Duration.ZERO);
    }

    private static int encounterCount(DemoRequest request, SplittableRandom random) {
        int mean = request.encountersPerPatient();
        return mean == 0 ? 0 : random.nextInt(Math.max(1, mean / 2), mean + mean / 2 + 1);
    }
}
