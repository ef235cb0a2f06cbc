package org.cabinet.audit.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SqlBaselinesTest {

    @Test
    void anAccountWithFewerPastHoursThanADayOfWorkHasNoUsualRate() {
        List<Set<String>> sevenBusyHours = Collections.nCopies(SqlBaselines.MIN_PAST_HOURS - 1, patients(40));

        assertThat(SqlBaselines.usualRate(sevenBusyHours)).isEmpty();
        assertThat(SqlBaselines.usualRate(List.of())).isEmpty();
    }

    @Test
    void theUsualRateIsTheAverageOfDistinctPatientsOverActiveHours() {
        List<Set<String>> hours = IntStream.range(0, SqlBaselines.MIN_PAST_HOURS)
                .mapToObj(hour -> patients(hour % 2 == 0 ? 4 : 8)).toList();

        assertThat(SqlBaselines.usualRate(hours)).hasValue(6.0);
    }

    private static Set<String> patients(int count) {
        return IntStream.range(0, count).mapToObj(i -> "p-" + i).collect(Collectors.toSet());
    }
}
