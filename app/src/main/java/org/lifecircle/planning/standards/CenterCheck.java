package org.lifecircle.planning.standards;

/**
 * One requirement at one center: the nearest facility offering it by walking time from the center
 * (filed in the center: no walk at all), present when within the requirement's minutes. Missing
 * rows still name the nearest facility beyond the limit; {@code minutes} null: none can be reached.
 */
public record CenterCheck(Requirement requirement, Verdict verdict, Long facilityId, String facilityName,
                          Double minutes, boolean inCenter) implements Score.Judged {
}
