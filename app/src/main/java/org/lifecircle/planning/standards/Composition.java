package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.util.List;

import org.lifecircle.atlas.ServiceClass;

/**
 * A center's functional areas against the standard center's, class by class and in total. A figure
 * the registry does not have is unknown (null), never zero. Bar widths are percentages of the
 * largest figure shown, so all bars of one center share a scale.
 */
public record Composition(List<Row> classes, Row total) {

    /**
     * @param serviceClass      null for the total
     * @param differenceM2      recorded − standard; null when the recorded figure is unknown
     * @param differencePercent the difference as a percentage of the standard; null when unknown or the standard is 0
     */
    public record Row(ServiceClass serviceClass, BigDecimal standardM2, BigDecimal recordedM2, BigDecimal differenceM2,
                      Double differencePercent, double standardWidth, double recordedWidth) {

        public boolean known() {
            return recordedM2 != null;
        }
    }
}
