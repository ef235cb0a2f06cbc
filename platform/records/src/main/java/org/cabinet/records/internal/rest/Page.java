package org.cabinet.records.internal.rest;

import java.util.List;

/**
 * One page of a list: the items from {@code offset}, at most {@code limit}, and whether more follow (a count of
 * everything would cost a scan on every page).
 */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {

    /** the largest page a client may ask for */
    public static final int MAX_LIMIT = 200;

    /** the page size when the client names none */
    public static final int DEFAULT_LIMIT = 50;

    /** @return the page of {@code fetched}, which holds up to {@code limit + 1} items (the extra one says more follow) */
    public static <T> Page<T> of(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched), offset, limit, more);
    }
}
