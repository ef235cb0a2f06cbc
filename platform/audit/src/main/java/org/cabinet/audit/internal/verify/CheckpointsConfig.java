package org.cabinet.audit.internal.verify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet audit checkpoints")
@interface CheckpointsConfig {

    @AttributeDefinition(description = "Minutes between two checkpoints (one is written only when events came)")
    int checkpoint_interval_minutes() default 60;
}
