package org.lifecircle.care.privacy;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Elders 服务对象")
class AccessLogApi {

    private final AccessLog log;

    AccessLogApi(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/care/access-log")
    @Operation(summary = "Unmasked reads, newest first: the caller's community (community staff) or all (district administrator)")
    Paged<AccessLogEntry> list(Actor actor, @RequestParam(required = false) Long elderId,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return log.search(actor, elderId, new Paged.Request(page, size));
    }
}
