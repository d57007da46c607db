package org.lifecircle.directory.hsds;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The directory in Open Referral HSDS 3.0 JSON, laid out as the HSDS 3.0 API reference lays it out (its paths under
 * {@code /api/v1/directory/hsds}, its {@code Page} of results). Public, like the registry. The whole directory is
 * {@code /services?per_page=1000}: each service fully dereferenced (organization, phones, schedules, location, term).
 */
@RestController
@Tag(name = "Directory 商户名录")
class HsdsApi {

    private static final String BASE = "/api/v1/directory/hsds";

    private final HsdsExport export;

    HsdsApi(HsdsExport export) {
        this.export = export;
    }

    @GetMapping(BASE)
    @Operation(summary = "HSDS API root: the version of the specification this export follows")
    Map<String, String> root() {
        return Map.of("version", "3.0", "profile", "https://docs.openreferral.org/en/v3.0/",
                "openapi_url", "/v3/api-docs");
    }

    @GetMapping(BASE + "/services")
    @Operation(summary = "Every directory entry as an HSDS 3.0 service (paged, 1-based; up to 1000 a page)")
    Hsds.Page<Hsds.Service> services(@RequestParam(defaultValue = "1") int page,
                                     @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        return export.services(page, perPage);
    }

    @GetMapping(BASE + "/services/{id}")
    Hsds.Service service(@PathVariable String id) {
        return export.service(id);
    }

    @GetMapping(BASE + "/organizations")
    Hsds.Page<Hsds.Organization> organizations(@RequestParam(defaultValue = "1") int page,
                                               @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        return export.organizations(page, perPage);
    }

    @GetMapping(BASE + "/service_at_locations")
    Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(@RequestParam(defaultValue = "1") int page,
                                                          @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        return export.servicesAtLocations(page, perPage);
    }

    @GetMapping(BASE + "/taxonomies")
    Hsds.Page<Hsds.Taxonomy> taxonomies() {
        return export.taxonomies();
    }

    @GetMapping(BASE + "/taxonomy_terms")
    Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(@RequestParam(defaultValue = "1") int page,
                                               @RequestParam(name = "per_page", defaultValue = "200") int perPage) {
        return export.taxonomyTerms(page, perPage);
    }
}
