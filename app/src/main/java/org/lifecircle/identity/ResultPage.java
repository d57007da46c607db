package org.lifecircle.identity;

import java.util.List;
import java.util.function.Function;

/** One page of accounts or audit events; pages count from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

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

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }

    static int clampPage(int page) {
        return Math.max(0, page);
    }

    static int clampSize(int size) {
        return Math.min(MAX_SIZE, Math.max(1, size));
    }
}
