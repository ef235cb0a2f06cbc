package org.cabinet.records.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dated tariffs, and the one that prices an act on a date: the latest whose {@code validFrom} is not after it. The
 * clinic's own table comes first: a module's proposed fee applies only on dates the table does not cover for that
 * code (so an administrator can reprice a module's act from a date, and it stays billable until then).
 */
public final class TariffTable {

    private final Map<String, List<Tariff>> core = new TreeMap<>();
    private final Map<String, List<Tariff>> modules = new TreeMap<>();

    /**
     * @param core    the clinic's tariff table
     * @param modules the acts modules contribute, with their proposed fees
     */
    public TariffTable(List<Tariff> core, List<Tariff> modules) {
        index(core, this.core);
        index(modules, this.modules);
    }

    /** @return the tariff that prices {@code code} on {@code date}, if the act is known and priced by then */
    public Optional<Tariff> on(String code, LocalDate date) {
        return latest(core.get(code), date).or(() -> latest(modules.get(code), date));
    }

    /** @return every act priced on {@code date}, with the tariff that applies then, in code order */
    public List<Tariff> catalogue(LocalDate date) {
        TreeSet<String> codes = new TreeSet<>(core.keySet());
        codes.addAll(modules.keySet());
        return codes.stream().map(code -> on(code, date)).flatMap(Optional::stream).toList();
    }

    /** @return every dated tariff of {@code code} in the clinic's table, then those modules propose, oldest first */
    public List<Tariff> history(String code) {
        List<Tariff> all = new ArrayList<>(core.getOrDefault(code, List.of()));
        all.addAll(modules.getOrDefault(code, List.of()));
        return List.copyOf(all);
    }

    private static Optional<Tariff> latest(List<Tariff> dated, LocalDate date) {
        Tariff found = null;
        for (Tariff tariff : dated == null ? List.<Tariff>of() : dated) {
            if (!tariff.validFrom().isAfter(date)) {
                found = tariff;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void index(List<Tariff> tariffs, Map<String, List<Tariff>> byCode) {
        tariffs.forEach(tariff -> byCode.computeIfAbsent(tariff.code(), code -> new ArrayList<>()).add(tariff));
        byCode.values().forEach(dated -> dated.sort(Comparator.comparing(Tariff::validFrom)));
    }
}
