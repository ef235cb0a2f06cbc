package org.cabinet.records.internal.demo;

import org.cabinet.records.internal.patient.PatientService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds demo data when {@code etc/org.cabinet.records.demo.cfg} asks for it and the practice has no patient yet, in the
 * background so that Cabinet serves meanwhile. Present only on a demonstration installation.
 */
@Component(configurationPid = "org.cabinet.records.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoDataConfig.class)
public final class DemoDataAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataAtStart.class);

    private final Thread worker;

    @Activate
    public DemoDataAtStart(@Reference DemoDataGenerator generator, @Reference PatientService patients,
            DemoDataConfig config) {
        String practitioner = config.practitioner().isBlank() ? null : config.practitioner().strip();
        DemoRequest request = new DemoRequest(Math.max(0, config.patients()), Math.max(0, config.encounters()),
                practitioner, 1);
        worker = new Thread(() -> {
            try {
                if (patients.count() > 0) {
                    LOG.info("Demo data: the practice already has patients, none added");
                    return;
                }
                LOG.info("Demo data: adding {} made-up patients", request.patients());
                DemoSummary made = generator.generate(request, "demo-data", done -> { });
                LOG.info("Demo data: {} patients, {} encounters and {} record entries added in {} s", made.patients(),
                        made.encounters(), made.entries(), made.took().toSeconds());
            } catch (RuntimeException failed) {
                LOG.error("Demo data could not be added: {}", failed.getMessage());
            }
        }, "cabinet-demo-data");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.interrupt();
        worker.join(5_000);
    }
}
