package org.cabinet.audit.internal.rules;

import java.util.OptionalDouble;

/**
 * What an account usually does, learnt from its audit history over the past weeks. The detection rules ask it
 * seldom (answers are kept for a while), but from the thread that evaluates events: answer quickly.
 */
public interface ActivityBaselines {

    /** The number of hours of the day: the length of {@link #eventsByHourOfDay(String)}. */
    int HOURS_OF_DAY = 24;

    /**
     * @return the account's usual number of distinct patients opened per hour of activity, or empty when it has
     *         too little history to tell
     */
    OptionalDouble usualDistinctPatientsPerHour(String actor);

    /**
     * @return {@value #HOURS_OF_DAY} counts: the account's events at each hour of the day (0 to 23, in the
     *         practice's time zone) over the past weeks; all zeros for an account without history
     */
    long[] eventsByHourOfDay(String actor);
}
