package org.cabinet.audit.internal.alert;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet detection rules", description = "When the audit log raises an alert.")
@interface RulesConfig {

    @AttributeDefinition(description = "Most distinct patients an account may open within a sliding hour")
    int distinct_patients_per_hour() default 100;

    @AttributeDefinition(description = "How many times its usual hourly rate of distinct patients an account may reach")
    double usual_rate_factor() default 3;

    @AttributeDefinition(description = "Smallest usual rate (patients an hour) the factor applies to")
    double usual_rate_minimum() default 5;

    @AttributeDefinition(description = "Accounts failing to log in from one address that make an attack")
    int brute_force_accounts() default 5;

    @AttributeDefinition(description = "Failed logins from one address that make an attack")
    int brute_force_failures() default 20;

    @AttributeDefinition(description = "Minutes of the brute-force window")
    int brute_force_window_minutes() default 10;

    @AttributeDefinition(description = "Events an account needs in its history before its hours are judged")
    int unusual_hours_min_history() default 200;

    @AttributeDefinition(description = "Share of an account's history under which an hour of the day is unusual")
    double unusual_hours_share() default 0.01;

    @AttributeDefinition(description = "Minutes a rule stays silent about an account or address once it has fired")
    int quiet_period_minutes() default 60;
}
