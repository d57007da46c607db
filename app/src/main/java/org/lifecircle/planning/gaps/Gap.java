package org.lifecircle.planning.gaps;

/**
 * A compound outside the walking time of a service. {@code weight} ranks the gaps: the residents
 * affected, or for an elder-care service the elderly residents affected (population × elderly share).
 * {@code minutes} null: no point of the service can be reached at all.
 */
public record Gap(long compoundId, String compoundName, String communityName, String service, String serviceName,
                  double population, double elderlyShare, boolean elderCare, double weight, Double minutes,
                  Long nearestId, String nearestName) {
}
