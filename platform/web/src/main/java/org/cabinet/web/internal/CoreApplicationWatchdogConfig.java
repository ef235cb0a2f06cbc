package org.cabinet.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet core application watchdog",
        description = "Checks that the web server reaches the core REST application, and registers it again when not.")
@interface CoreApplicationWatchdogConfig {

    @AttributeDefinition(description = "Seconds between two checks.")
    int checkSeconds() default 10;

    @AttributeDefinition(description = "Checks in a row that the web server answers 404 under /api before the application is registered again.")
    int missesBeforeRepair() default 3;

    @AttributeDefinition(description = "Repairs in a row that change nothing before the watchdog gives up and asks for a restart.")
    int repairsBeforeGivingUp() default 3;
}
