package org.cabinet.records.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cabinet.api.audit.AuditUnavailableException;
import org.cabinet.records.internal.demo.DemoDataGenerator;
import org.cabinet.records.internal.demo.DemoRequest;
import org.cabinet.records.internal.demo.DemoSummary;

/** {@code cabinet:demo-data}: made-up patients, encounters and records, for a demonstration or a benchmark. */
@Service
@Command(scope = "cabinet", name = "demo-data", description = "Adds made-up patients with encounters and medical records (for a demonstration or a benchmark; never on a practice's real installation).")
public final class DemoDataCommand implements Action {

    @Option(name = "--patients", description = "how many patients (default 200)")
    private int patients = 200;

    @Option(name = "--encounters", description = "mean number of encounters per patient (default 10)")
    private int encounters = 10;

    @Option(name = "--practitioner", description = "user id of the practitioner the encounters name")
    private String practitioner;

    @Option(name = "--seed", description = "the same seed makes the same people (default 1)")
    private long seed = 1;

    @Reference
    private DemoDataGenerator generator;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        if (patients < 0 || encounters < 0 || patients > 10_000_000) {
            System.err.println("--patients and --encounters are 0 or more (10,000,000 patients at most).");
            return null;
        }
        try {
            int step = Math.max(1000, patients / 10);
            DemoSummary made = generator.generate(new DemoRequest(patients, encounters, practitioner, seed),
                    ConsoleActor.of(session), done -> {
                        if (done % step == 0 || done == patients) {
                            System.out.println(done + " / " + patients + " patients");
                        }
                    });
            System.out.println("Made " + made.patients() + " patients, " + made.encounters() + " encounters and "
                    + made.entries() + " record entries in " + made.took().toSeconds() + " s.");
        } catch (AuditUnavailableException | IllegalStateException failed) {
            System.err.println(failed.getMessage());
        }
        return null;
    }
}
