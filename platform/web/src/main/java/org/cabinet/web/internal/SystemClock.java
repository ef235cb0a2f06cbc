package org.cabinet.web.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import org.cabinet.api.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The system's clock, in the zone of {@code etc/org.cabinet.clock.cfg}. */
@Component(configurationPid = "org.cabinet.clock")
@Designate(ocd = ClockConfig.class)
public final class SystemClock implements Clock {

    private static final Logger LOG = LoggerFactory.getLogger(SystemClock.class);
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private volatile ZoneId zone = DEFAULT_ZONE;

    @Activate
    public SystemClock(ClockConfig config) {
        modified(config);
    }

    @Modified
    void modified(ClockConfig config) {
        zone = parse(config.zone());
    }

    static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            LOG.error("etc/org.cabinet.clock.cfg: zone '{}' is not a time zone id; using {}", zone, DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
