package org.cabinet.bench.clinical;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.cabinet.itests.access.CabinetAccounts.Account;

/** The next request a client sends, chosen with the client's own random numbers. */
@FunctionalInterface
interface RequestMaker {

    /** 2- and 3-letter beginnings of common French family names, as a secretary types them */
    List<String> NAME_PREFIXES = List.of("MA", "MAR", "BE", "BER", "DU", "DUR", "LE", "LEF", "LEG", "RO", "ROU", "GA",
            "GAR", "MO", "MOR", "FO", "FOU", "PE", "PET", "GI", "GIR", "BO", "BON", "LA", "LAM", "CH", "CHE", "DA", "RI",
            "RIC", "SI", "SIM", "BR", "BRU", "GU", "GUE", "FA", "FAU", "NG", "HA", "KE", "ME", "MER", "VI", "VIN", "CO");
    /** the first page of a search, as the patient list shows it */
    int SEARCH_PAGE = 20;
    /**
     * longer than any request takes, so that none goes on in Cabinet after its client gave up, into the next window
     * (searches took 20 s each with 16 clients on 100,000 patients)
     */
    Duration TIMEOUT = Duration.ofMinutes(5);

    HttpRequest next(SplittableRandom random);

    /** @return charts of random patients of the working set, opened by the GP */
    static RequestMaker charts(String baseUrl, Account gp, List<String> workingSet) {
        return random -> get(baseUrl + "/api/patients/" + workingSet.get(random.nextInt(workingSet.size())) + "/chart",
                gp);
    }

    /** @return name-prefix searches of random prefixes, first page, by the secretary */
    static RequestMaker searches(String baseUrl, Account secretary) {
        return random -> get(baseUrl + "/api/patients?name=" + NAME_PREFIXES.get(random.nextInt(NAME_PREFIXES.size()))
                + "&offset=0&limit=" + SEARCH_PAGE, secretary);
    }

    private static HttpRequest get(String uri, Account account) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + account.token()).GET().build();
    }
}
