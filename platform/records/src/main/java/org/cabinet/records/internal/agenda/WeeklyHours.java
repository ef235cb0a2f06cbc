package org.cabinet.records.internal.agenda;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cabinet.records.internal.guard.Conflicts;

/**
 * A practitioner's opening hours, the same every week, in the practice's zone: an appointment must lie within one
 * of them, on one day.
 */
final class WeeklyHours {

    /** more openings than a week can sensibly hold is a client's mistake */
    static final int MAX_OPENINGS = 42;

    private static final Comparator<OpeningHours> ORDER = Comparator.comparing(OpeningHours::day)
            .thenComparing(OpeningHours::from);

    private final List<OpeningHours> openings;

    private WeeklyHours(List<OpeningHours> openings) {
        this.openings = openings.stream().sorted(ORDER).toList();
    }

    /**
     * @return the week, checked
     * @throws org.cabinet.api.rest.ProblemException 400 naming the opening at fault ({@code weeklyHours[2].to})
     */
    static WeeklyHours of(List<OpeningHours> openings) {
        if (openings == null) {
            throw Conflicts.missing("weeklyHours");
        }
        if (openings.size() > MAX_OPENINGS) {
            throw Conflicts.invalid("weeklyHours", "A week holds at most " + MAX_OPENINGS + " openings.",
                    "Une semaine compte au plus " + MAX_OPENINGS + " plages d'ouverture.");
        }
        for (int i = 0; i < openings.size(); i++) {
            OpeningHours opening = openings.get(i);
            String field = "weeklyHours[" + i + "]";
            if (opening == null) {
                throw Conflicts.missing(field);
            }
            if (opening.day() == null) {
                throw Conflicts.missing(field + ".day");
            }
            if (opening.from() == null) {
                throw Conflicts.missing(field + ".from");
            }
            if (opening.to() == null) {
                throw Conflicts.missing(field + ".to");
            }
            if (!opening.to().isAfter(opening.from())) {
                throw Conflicts.invalid(field + ".to", "An opening closes after it opens, on the same day.",
                        "Une plage d'ouverture se termine après son début, le même jour.");
            }
            for (int j = 0; j < i; j++) {
                OpeningHours other = openings.get(j);
                if (other != null && other.day() == opening.day() && opening.from().isBefore(other.to())
                        && other.from().isBefore(opening.to())) {
                    throw Conflicts.invalid(field, "This opening overlaps weeklyHours[" + j + "].",
                            "Cette plage d'ouverture chevauche weeklyHours[" + j + "].");
                }
            }
        }
        return new WeeklyHours(openings);
    }

    /** @return the openings, by day and time */
    List<OpeningHours> openings() {
        return openings;
    }

    /** @return whether {@code [start, end)} lies within one opening, on one day, read in {@code zone} */
    boolean covers(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
        LocalTime startTime = from.toLocalTime();
        LocalTime endTime = to.toLocalTime();
        DayOfWeek day = from.getDayOfWeek();
        return sameDay && openings.stream().anyMatch(opening -> opening.day() == day
                && !startTime.isBefore(opening.from()) && !endTime.isAfter(opening.to()));
    }

    /** @return the week as its column stores it: {@code MONDAY 08:00-12:00,MONDAY 14:00-18:00} */
    String encode() {
        return String.join(",", openings.stream().map(opening -> opening.day() + " " + opening.from() + "-"
                + opening.to()).toList());
    }

    static WeeklyHours decode(String stored) {
        List<OpeningHours> openings = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String item : stored.split(",")) {
                String[] dayAndTimes = item.strip().split(" ");
                String[] times = dayAndTimes[1].split("-");
                openings.add(new OpeningHours(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
                        LocalTime.parse(times[1])));
            }
        }
        return new WeeklyHours(openings);
    }
}
