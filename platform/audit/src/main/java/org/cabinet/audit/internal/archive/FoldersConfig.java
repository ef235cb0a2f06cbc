package org.cabinet.audit.internal.archive;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet audit folders", description = "Where the audit log keeps what lives outside the "
        + "database.")
@interface FoldersConfig {

    @AttributeDefinition(description = "Folder of the signed checkpoints and anchors, absolute or relative to "
            + "Cabinet's folder; outside the database: a second disk or a mounted share in practice")
    String checkpoints() default "audit-checkpoints";

    @AttributeDefinition(description = "Folder of the archived segments, absolute or relative to Cabinet's folder; "
            + "outside the database: a second disk or a mounted share in practice")
    String archive() default "audit-archive";
}
