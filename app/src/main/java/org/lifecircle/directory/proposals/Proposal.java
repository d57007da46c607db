package org.lifecircle.directory.proposals;

import java.time.OffsetDateTime;

/**
 * A proposed change to the directory, from community staff or from anyone (a merchant, a resident) who leaves a name
 * and phone for staff to call back. {@code communityId} says whose staff decide: the entry's community, or for a new
 * shop (and entries recorded in no community) the community whose handbook it was proposed from.
 */
public record Proposal(long id, ProposalKind kind, Long facilityId, long communityId, String name, Long categoryId,
                       String address, String businessScope, String phone, String openingHours, Double lon, Double lat,
                       String note, String proposerName, String proposerPhone, String proposedBy, ProposalStatus status,
                       String decidedBy, OffsetDateTime decidedAt, String reason, OffsetDateTime createdAt) {
}
