package org.lifecircle.directory.hsds;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The objects of Open Referral's Human Services Data Specification 3.0 that the export fills, with the spec's field
 * names (snake case, as in its JSON schemas); empty fields are left out. Required by the spec: organization id, name,
 * description; service id, name, status; location id, location_type; phone id, number; schedule id;
 * service_at_location id; attribute id, link_type; taxonomy and taxonomy_term id, name, description.
 */
final class Hsds {

    private Hsds() {
    }

    /** The HSDS 3.0 API's page of results. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Organization(String id, String name, String description, String legalStatus, List<Phone> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(String id, String organizationId, String name, String description, String status,
                   String assuredDate, Organization organization, List<Phone> phones, List<Schedule> schedules,
                   List<ServiceAtLocation> serviceAtLocations, List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocation(String id, String serviceId, String locationId, Location location) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(String id, String locationType, String organizationId, String name, String description,
                    BigDecimal latitude, BigDecimal longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Phone(String id, String serviceId, String organizationId, String number, String type) {
    }

    /** One weekly rule: on {@code byday}, open from {@code opensAt} to {@code closesAt} (with the UTC offset). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(String id, String serviceId, String freq, Integer interval, String byday, String opensAt,
                    String closesAt, Integer timezone, String description, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(String id, String linkId, String linkType, String linkEntity, String taxonomyTermId,
                     TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Taxonomy(String id, String name, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTerm(String id, String code, String name, String description, String parentId, String taxonomyId,
                        String language) {
    }
}
