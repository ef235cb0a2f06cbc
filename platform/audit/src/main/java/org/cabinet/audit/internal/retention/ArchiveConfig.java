package org.cabinet.audit.internal.retention;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet audit retention", description = "How long audit events stay in the database "
        + "before they are archived.")
@interface ArchiveConfig {

    @AttributeDefinition(description = "Months an event stays in the database (and in the access reports) before it "
            + "is archived")
    int retention_months() default ArchiveSettings.DEFAULT_RETENTION_MONTHS;

    @AttributeDefinition(description = "Hour of the day (0-23, the practice's time) of the daily archiving; it also "
            + "runs a few minutes after each start")
    int archive_hour() default ArchiveSettings.DEFAULT_HOUR;

    @AttributeDefinition(description = "Most events one segment (and one database transaction) holds")
    int archive_segment_events() default ArchiveSettings.DEFAULT_SEGMENT_EVENTS;
}
