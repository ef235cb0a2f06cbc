package org.cabinet.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet identity and access",
        description = "Sessions, lockout, inactive accounts, care relationships and break-glass (etc/org.cabinet.security.cfg).")
public @interface SecurityConfig {

    String PID = "org.cabinet.security";

    @AttributeDefinition(description = "A session ends after this many minutes without a request.")
    int session_idle_minutes() default 30;

    @AttributeDefinition(description = "A session ends this many hours after its login, used or not.")
    int session_absolute_hours() default 12;

    @AttributeDefinition(description = "Failed logins for one account within the window after which its logins are throttled.")
    int lockout_account_failures() default 10;

    @AttributeDefinition(description = "Failed logins from one client address within the window after which its logins are throttled.")
    int lockout_address_failures() default 30;

    @AttributeDefinition(description = "The window, in minutes, over which failed logins are counted.")
    int lockout_window_minutes() default 15;

    @AttributeDefinition(description = "Accounts unused for this many days are disabled (0: never).")
    int inactive_days() default 90;

    @AttributeDefinition(description = "A practitioner may open the record of a patient they have an appointment with from this many days before it.")
    int care_appointment_days_before() default 30;

    @AttributeDefinition(description = "... and until this many days after it.")
    int care_appointment_days_after() default 30;

    @AttributeDefinition(description = "How long, in minutes, a break-glass access to one patient lasts.")
    int break_glass_minutes() default 240;
}
