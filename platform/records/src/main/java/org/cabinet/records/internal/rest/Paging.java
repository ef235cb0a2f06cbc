package org.cabinet.records.internal.rest;

import org.cabinet.records.internal.guard.Conflicts;

/**
 * The {@code offset} and {@code limit} query parameters, checked.
 *
 * @param offset the first item, from 0
 * @param limit  how many at most
 */
public record Paging(int offset, int limit) {

    /** @throws org.cabinet.api.rest.ProblemException 400 naming the parameter when out of range */
    public static Paging of(Integer offset, Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? Page.DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw Conflicts.invalid("offset", "offset must be 0 or more.", "offset doit valoir 0 ou plus.");
        }
        if (size < 1 || size > Page.MAX_LIMIT) {
            throw Conflicts.invalid("limit", "limit must be between 1 and " + Page.MAX_LIMIT + ".",
                    "limit doit être compris entre 1 et " + Page.MAX_LIMIT + ".");
        }
        return new Paging(from, size);
    }

    /** @return how many rows to fetch: one more than the page, to know whether more follow */
    public int fetch() {
        return limit + 1;
    }

    /** @return the page of {@code fetched} */
    public <T> Page<T> page(java.util.List<T> fetched) {
        return Page.of(fetched, offset, limit);
    }
}
