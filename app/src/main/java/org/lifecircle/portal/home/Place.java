package org.lifecircle.portal.home;

/**
 * A community found for a resident: by its own name or its committee's address, or through one of its compounds
 * ({@code compound} and {@code compoundId} then name it). {@code metres} is the straight-line distance for a map click, else null.
 */
public record Place(String code, String community, String subDistrict, Long compoundId, String compound, String address,
                    Double metres) {
}
