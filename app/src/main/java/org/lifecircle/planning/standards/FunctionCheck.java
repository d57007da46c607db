package org.lifecircle.planning.standards;

/**
 * One basic function at one center: present when a facility offering it is filed in the center or
 * lies within the short walk the settings allow; the nearest such facility either way.
 */
public record FunctionCheck(CenterFunction function, boolean present, Long facilityId, String facilityName,
                            Double minutes, boolean inCenter) {
}
