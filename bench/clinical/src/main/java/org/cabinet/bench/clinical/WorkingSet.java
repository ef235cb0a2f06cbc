package org.cabinet.bench.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GP's own patients, chosen at random among all: the secretary looks up the patients born on random days (the
 * demo data spreads births evenly over 95 years), every patient of a day drawn joins, until there are enough; the
 * administrator then puts the GP in their care teams. A search by birth date is one index range, so the choice
 * costs little even among 100,000 patients, where listing everyone by name would take many minutes.
 */
final class WorkingSet {

    /** the demo data's birth dates: from 1 day to 95 years before today */
    private static final int DAYS = 95 * 365;
    private static final int PAGE = 200;

    private WorkingSet() {
    }

    /** @return {@code size} patients chosen by the seed (the same data gives the same patients) */
    static List<String> choose(CabinetAccounts accounts, Account secretary, int size, long seed) {
        List<Integer> days = new ArrayList<>();
        for (int day = 1; day < DAYS; day++) {
            days.add(day);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> chosen = new LinkedHashSet<>();
        LocalDate today = LocalDate.now();
        for (int drawn = 0; drawn < days.size() && chosen.size() < size; drawn++) {
            // a partial Fisher-Yates shuffle: each day drawn once
            int pick = drawn + random.nextInt(days.size() - drawn);
            int day = days.set(pick, days.get(drawn));
            JsonNode page = CabinetAccounts.read(CabinetAccounts.expect(accounts.send("GET", "/api/patients?birthDate="
                    + today.minusDays(day) + "&limit=" + PAGE, null, secretary.bearer()), 200, "a search by birth date"));
            for (JsonNode item : page.path("items")) {
                if (chosen.size() < size) {
                    chosen.add(item.path("id").asText());
                }
            }
        }
        if (chosen.size() < size) {
            throw new IllegalStateException("only " + chosen.size() + " patients found, fewer than the working set " + size);
        }
        return List.copyOf(chosen);
    }

    /** The administrator puts the GP in the care team of each patient. */
    static void joinCareTeams(CabinetAccounts accounts, StaffAccounts staff, List<String> patients) {
        for (String patient : patients) {
            CabinetAccounts.expect(accounts.send("PUT", "/api/care-teams/" + patient + "/members/" + staff.gp().id(),
                    null, staff.admin().bearer()), 200, "putting the GP in a care team");
        }
    }
}
