package org.cabinet.records.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dated tariffs, and the one that prices an act on a date: the latest whose {@code validFrom} is not after it. The
 * clinic's own tariffs come first: a code the table holds is never priced from a module's proposal.
 */
public final class TariffTable {

    private final Map<String, List<Tariff>> byCode = new LinkedHashMap<>();

    /**
     * @param core    the clinic's tariff table
     * @param modules the acts modules contribute, priced by their own proposal, for codes the table lacks
     */
    public TariffTable(List<Tariff> core, List<Tariff> modules) {
        core.forEach(tariff -> byCode.computeIfAbsent(tariff.code(), code -> new ArrayList<>()).add(tariff));
        Map<String, List<Tariff>> contributed = new LinkedHashMap<>();
        modules.stream().filter(tariff -> !byCode.containsKey(tariff.code()))
                .forEach(tariff -> contributed.computeIfAbsent(tariff.code(), code -> new ArrayList<>()).add(tariff));
        byCode.putAll(contributed);
        byCode.values().forEach(dated -> dated.sort(Comparator.comparing(Tariff::validFrom)));
    }

    /** @return the tariff that prices {@code code} on {@code date}, if the act is known and priced by then */
    public Optional<Tariff> on(String code, LocalDate date) {
        List<Tariff> dated = byCode.getOrDefault(code, List.of());
        Tariff found = null;
        for (Tariff tariff : dated) {
            if (!tariff.validFrom().isAfter(date)) {
                found = tariff;
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return every act priced on {@code date}, with the tariff that applies then, in code order */
    public List<Tariff> catalogue(LocalDate date) {
        return byCode.keySet().stream().sorted().map(code -> on(code, date)).flatMap(Optional::stream).toList();
    }

    /** @return every dated tariff of {@code code}, oldest first */
    public List<Tariff> history(String code) {
        return List.copyOf(byCode.getOrDefault(code, List.of()));
    }
}
