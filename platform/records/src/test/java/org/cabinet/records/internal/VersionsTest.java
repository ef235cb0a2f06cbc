package org.cabinet.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cabinet.api.rest.ProblemException;
import org.cabinet.records.internal.rest.Page;
import org.cabinet.records.internal.rest.Paging;
import org.cabinet.records.internal.rest.Versions;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void readsTheVersionBackFromTheTagOfTheSameResource() {
        // the tags Versions.tag writes: "<id>.<version>"
        String tag = "\"p1.3\"";
        assertThat(Versions.expected("p1", tag)).isEqualTo(3);
        assertThat(Versions.expected("p1", "W/" + tag)).isEqualTo(3);
    }

    @Test
    void refusesAMissingTagAndATagOfAnotherResource() {
        assertStatus(() -> Versions.expected("p1", null), 428);
        assertStatus(() -> Versions.expected("p1", " "), 428);
        assertStatus(() -> Versions.expected("p1", "\"p2.3\""), 412);
        assertStatus(() -> Versions.expected("p1", "\"p1.x\""), 412);
        assertStatus(() -> Versions.expected("p1", "*"), 412);
    }

    @Test
    void pagesSayWhetherMoreFollow() {
        Paging paging = Paging.of(10, 2);
        assertThat(paging.fetch()).isEqualTo(3);
        Page<String> page = paging.page(List.of("a", "b", "c"));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasMore()).isTrue();
        assertThat(paging.page(List.of("a")).hasMore()).isFalse();
        assertStatus(() -> Paging.of(-1, null), 400);
        assertStatus(() -> Paging.of(0, Page.MAX_LIMIT + 1), 400);
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(status));
    }
}
