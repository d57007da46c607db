package org.lifecircle.planning.coverage;

import java.util.Locale;

import org.lifecircle.planning.access.Speed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Planning 规划", description = "Coverage, isochrones and gaps by walking time (planners)")
class CoverageApi {

    private final CoverageService coverage;
    private final IsochroneService isochrones;

    CoverageApi(CoverageService coverage, IsochroneService isochrones) {
        this.coverage = coverage;
        this.isochrones = isochrones;
    }

    @GetMapping("/api/v1/planning/coverage")
    @Operation(summary = "Walking time from every compound to the nearest point of a service; share of residents covered per community and overall")
    CoverageReport coverage(@Parameter(description = "kind or handbook-group code of the catalogue, e.g. pharmacy or health")
                            @RequestParam String service,
                            @RequestParam(defaultValue = "15") int minutes,
                            @RequestParam(defaultValue = "ADULT") Speed speed, Locale locale) {
        return coverage.coverage(service, minutes, speed, locale);
    }

    @GetMapping("/api/v1/planning/isochrones")
    @Operation(summary = "Areas within 5, 10 and 15 minutes' walk of a point (GeoJSON, from the reached streets) and the services inside")
    IsochroneService.Reach isochrones(@RequestParam double lon, @RequestParam double lat,
                                      @RequestParam(defaultValue = "ADULT") Speed speed) {
        return isochrones.from(lon, lat, speed);
    }
}
