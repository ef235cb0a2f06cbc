package org.cabinet.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet audit log", description = "Where and how the audit log is kept.")
@interface AuditConfig {

    @AttributeDefinition(description = "This node's name in every event; empty: the Karaf instance name")
    String node() default "";

    @AttributeDefinition(description = "Most events one durable commit carries")
    int batch_max() default AuditWriter.DEFAULT_BATCH_MAX;
}
