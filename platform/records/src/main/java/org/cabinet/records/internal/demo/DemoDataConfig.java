package org.cabinet.records.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.cabinet.records.demo.cfg}, written by {@code ./run.sh --demo}: demo data at the first start. */
@ObjectClassDefinition(name = "Cabinet demo data", description = "Made-up patients added at start while the practice has none.")
public @interface DemoDataConfig {

    @AttributeDefinition(description = "how many patients")
    int patients() default 200;

    @AttributeDefinition(description = "mean number of encounters per patient")
    int encounters() default 10;

    @AttributeDefinition(description = "user id of the practitioner the encounters name (empty: a made-up one)")
    String practitioner() default "";
}
