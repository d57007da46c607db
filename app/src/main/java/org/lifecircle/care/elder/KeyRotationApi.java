package org.lifecircle.care.elder;

import org.lifecircle.identity.Actor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/keys")
@Tag(name = "Elders 服务对象")
class KeyRotationApi {

    private final KeyRotation rotation;

    KeyRotationApi(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping("/reencrypt")
    @Operation(summary = "After a key rotation: rewrite every value still under a retired key (district administrator)")
    KeyRotation.Result reencrypt(Actor actor) {
        return rotation.reencrypt(actor);
    }

    @PostMapping("/rebuild-indexes")
    @Operation(summary = "Recompute every blind index with the configured index key (district administrator)")
    KeyRotation.Result rebuildIndexes(Actor actor) {
        return rotation.rebuildIndexes(actor);
    }
}
