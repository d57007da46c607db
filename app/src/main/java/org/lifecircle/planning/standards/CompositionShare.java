package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.lifecircle.atlas.ServiceClass;

/** The floor area the seeds' standard center gives one class of service (seed 001: 1,000 / 6,000 / 5,000 m²). */
public record CompositionShare(ServiceClass serviceClass, BigDecimal areaM2, String source, Confidence confidence,
                               String note, String updatedBy, OffsetDateTime updatedAt) {
}
