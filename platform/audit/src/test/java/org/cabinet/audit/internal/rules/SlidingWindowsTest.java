package org.cabinet.audit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SlidingWindowsTest {

    private static final Instant T = Instant.parse("2026-01-12T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void distinctKeysAreCountedOnceAndOnlyWithinTheWindow() {
        RecentDistinct patients = new RecentDistinct(HOUR, 100);
        patients.add("a", T);
        patients.add("b", T.plusSeconds(600));
        patients.add("a", T.plusSeconds(1200));

        assertThat(patients.count(T.plusSeconds(1200))).isEqualTo(2);
        // "b" seen 60 minutes before, "a" seen again since
        assertThat(patients.count(T.plusSeconds(4200))).isEqualTo(1);
        assertThat(patients.count(T.plusSeconds(4800))).isZero();
    }

    @Test
    void distinctKeysBeyondTheCapacityKeepTheMostRecent() {
        RecentDistinct patients = new RecentDistinct(HOUR, 3);
        for (int i = 0; i < 10; i++) {
            patients.add("p" + i, T.plusSeconds(i * 600L));
        }

        assertThat(patients.count(T.plusSeconds(5400))).isEqualTo(3);
        // p7, p8, p9 were seen at 70, 80, 90 minutes: at 135 minutes, only p7 has left
        assertThat(patients.count(T.plusSeconds(8100))).isEqualTo(2);
    }

    @Test
    void countsAreCappedAndSlide() {
        RecentCount failures = new RecentCount(Duration.ofMinutes(10), 5);
        for (int i = 0; i < 8; i++) {
            failures.add(T.plusSeconds(i * 60L));
        }

        assertThat(failures.count(T.plusSeconds(420))).isEqualTo(5);
        assertThat(failures.count(T.plusSeconds(900))).isEqualTo(2);
    }

    @Test
    void expiredEntriesAreNeitherAnsweredNorKept() {
        ExpiringMap<String> map = new ExpiringMap<>(10);
        map.put("a", "1", T.plusSeconds(60));
        map.put("b", "2", T.plusSeconds(120));

        assertThat(map.get("a", T.plusSeconds(60))).isNull();
        assertThat(map.get("b", T.plusSeconds(60))).isEqualTo("2");
        map.evictExpired(T.plusSeconds(60));
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void aMapBeyondItsLimitForgetsTheEntryPutLongestAgo() {
        ExpiringMap<String> map = new ExpiringMap<>(2);
        map.put("a", "1", T.plusSeconds(60));
        map.put("b", "2", T.plusSeconds(60));
        map.put("a", "3", T.plusSeconds(90));
        map.put("c", "4", T.plusSeconds(90));

        assertThat(map.size()).isEqualTo(2);
        assertThat(map.get("b", T)).isNull();
        assertThat(map.get("a", T)).isEqualTo("3");
    }
}
