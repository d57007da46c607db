package org.lifecircle.portal.home;

import java.util.List;

import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Which community's portal is mine: search by name or address, or a point on the map. Public. */
@RestController
@Tag(name = "Portal 社区门户")
class PlaceApi {

    private final PlaceFinder places;

    PlaceApi(PlaceFinder places) {
        this.places = places;
    }

    @GetMapping("/api/v1/portal/communities")
    @Operation(summary = "Communities by the name or address of the community or a compound (characters or pinyin initials)")
    List<Place> search(@RequestParam String q) {
        return places.search(q);
    }

    @GetMapping("/api/v1/portal/places/nearest")
    @Operation(summary = "The community of the compound nearest to a point (WGS-84), or of the nearest committee")
    Place nearest(@RequestParam double lon, @RequestParam double lat) {
        if (lon < -180 || lon > 180) {
            throw new InvalidInputException("lon", "portal.home.error.lon", lon);
        }
        if (lat < -90 || lat > 90) {
            throw new InvalidInputException("lat", "portal.home.error.lat", lat);
        }
        return places.nearest(lon, lat).orElseThrow(() -> new NotFoundException("portal.community", lon + "," + lat));
    }

    @GetMapping("/api/v1/portal/places/compounds")
    @Operation(summary = "Every compound with its community's code, for the district map")
    List<PlaceFinder.MapPoint> compounds() {
        return places.compoundPoints();
    }
}
