package org.lifecircle.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that can grow. Pages count from 0; {@code size} is capped so a client
 * cannot ask for the whole table at once.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page request clamped to sane values: page ≥ 0, 1 ≤ size ≤ {@link #MAX_SIZE}. */
    public record Request(int page, int size) {

        public Request {
            page = Math.max(0, page);
            size = Math.min(MAX_SIZE, Math.max(1, size));
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
