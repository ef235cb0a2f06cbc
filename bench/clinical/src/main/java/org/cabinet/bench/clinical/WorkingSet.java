package org.cabinet.bench.clinical;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cabinet.itests.access.CabinetAccounts;
import org.cabinet.itests.access.CabinetAccounts.Account;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GP's own patients: every active patient listed by the secretary's name searches (one letter at a time, every
 * page), a seeded random choice among them put in the GP's care team by the administrator.
 *
 * @param all    every active patient found, so counted
 * @param chosen the patients of the GP's care team
 */
record WorkingSet(List<String> all, List<String> chosen) {

    private static final int PAGE = 200;

    /** Lists the patients, chooses {@code size} of them and puts the GP in their care teams. */
    static WorkingSet choose(CabinetAccounts accounts, StaffAccounts staff, int size, long seed) {
        List<String> all = everyPatient(accounts, staff.secretary());
        if (all.size() < size) {
            throw new IllegalStateException("only " + all.size() + " patients found, fewer than the working set " + size);
        }
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        List<String> chosen = List.copyOf(shuffled.subList(0, size));
        for (String patient : chosen) {
            CabinetAccounts.expect(accounts.send("PUT", "/api/care-teams/" + patient + "/members/" + staff.gp().id(),
                    null, staff.admin().bearer()), 200, "putting the GP in a care team");
        }
        return new WorkingSet(all, chosen);
    }

    private static List<String> everyPatient(CabinetAccounts accounts, Account secretary) {
        Set<String> found = new LinkedHashSet<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            boolean more = true;
            for (int offset = 0; more; offset += PAGE) {
                JsonNode page = CabinetAccounts.read(CabinetAccounts.expect(accounts.send("GET", "/api/patients?name="
                        + URLEncoder.encode(String.valueOf(letter), StandardCharsets.UTF_8) + "&offset=" + offset
                        + "&limit=" + PAGE, null, secretary.bearer()), 200, "listing the patients"));
                page.path("items").forEach(item -> found.add(item.path("id").asText()));
                more = page.path("hasMore").asBoolean();
            }
        }
        return List.copyOf(found);
    }
}
