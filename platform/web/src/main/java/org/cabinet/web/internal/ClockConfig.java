package org.cabinet.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet clock", description = "The practice's time zone.")
@interface ClockConfig {

    @AttributeDefinition(description = "Zone in which dates are shown, as a tz database id (Europe/Paris, America/Cayenne, Indian/Reunion...).")
    String zone() default "Europe/Paris";
}
