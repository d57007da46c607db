package org.lifecircle.planning.standards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.lifecircle.planning.access.AccessModel;

/** The model's service points offering any of a list of codes, looked up once per list. */
final class ServiceIndex {

    private final AccessModel model;
    private final Map<List<String>, int[]> offering = new HashMap<>();

    ServiceIndex(AccessModel model) {
        this.model = model;
    }

    /** Indexes into the model's services, ascending, each once. */
    int[] offering(List<String> codes) {
        return offering.computeIfAbsent(codes, list -> list.stream()
                .flatMapToInt(code -> IntStream.of(model.servicesOffering(code))).distinct().sorted().toArray());
    }
}
