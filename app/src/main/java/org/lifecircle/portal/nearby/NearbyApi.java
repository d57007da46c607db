package org.lifecircle.portal.nearby;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Nearby services as JSON: for the portal pages, smart terminals and mobile apps. Public, as the registry is. */
@RestController
@Tag(name = "Portal 社区门户", description = "What residents see: services around their compound by walking time")
class NearbyApi {

    private final NearbyService nearby;

    NearbyApi(NearbyService nearby) {
        this.nearby = nearby;
    }

    @GetMapping("/api/v1/portal/compounds/{id}/nearby")
    @Operation(summary = "Services within 5, 10 or 15 minutes' walk of a compound, by the handbook's 11 categories, nearest first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = NearbyAnswer.class)))
    ResponseEntity<byte[]> nearby(@PathVariable long id,
                        @Parameter(description = "5, 10 or 15") @RequestParam(defaultValue = "15") int minutes,
                        @Parameter(description = "walk at an elderly person's pace (0.9 m/s) instead of an adult's (1.2 m/s)")
                        @RequestParam(defaultValue = "false") boolean elderly,
                        @RequestParam(defaultValue = "false") boolean subsidised,
                        @RequestParam(defaultValue = "false") boolean elderFriendly,
                        @Parameter(description = "name, business scope or kind, in characters or pinyin initials (\"yd\" finds 药店)")
                        @RequestParam(required = false) String q, Locale locale) {
        byte[] answer = nearby.nearbyJson(id, new NearbyQuery(minutes, elderly, subsidised, elderFriendly, q), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
