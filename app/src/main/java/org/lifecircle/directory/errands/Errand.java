package org.lifecircle.directory.errands;

/**
 * How to do one common government errand (办事指南): where, what to bring, when, whom to call. District-wide when
 * {@code communityId} is null, else one community's own; {@code example} marks demo content, printed as such.
 * Until the service-hall module owns the government's service items, staff keep these by hand.
 */
public record Errand(long id, Long communityId, Long centerId, String title, String place, String materials,
                     String hours, String phone, String note, boolean example, int sortOrder) {
}
