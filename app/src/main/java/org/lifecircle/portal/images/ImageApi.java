package org.lifecircle.portal.images;

import java.io.IOException;
import java.time.Duration;

import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Uploading pictures for a community's news (staff of that community) and serving them (public). */
@RestController
@Tag(name = "Portal 社区门户")
class ImageApi {

    private final ImageService images;
    private final PortalCommunities communities;

    ImageApi(ImageService images, PortalCommunities communities) {
        this.images = images;
        this.communities = communities;
    }

    @PostMapping(path = "/api/v1/portal/communities/{code}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a picture (PNG, JPEG, WebP or GIF, up to the configured size) for the community's news")
    StoredImage upload(Actor actor, @PathVariable String code, @RequestParam("file") MultipartFile file) throws IOException {
        long community = communities.byCode(code).id();
        PortalCommunities.requireManager(actor, community); // before reading a stranger's upload
        return images.store(actor, community, file.getOriginalFilename(), file.getBytes());
    }

    @DeleteMapping("/api/v1/portal/images/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        images.delete(actor, id);
    }

    /**
     * The picture itself. Its bytes never change under an id, so browsers and proxies may keep it for a year; nosniff
     * stops a browser from reading it as anything but the picture type it was checked to be.
     */
    @GetMapping("/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return images.bytes(id).map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .eTag("\"" + image.sha256() + "\"")
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .body(image.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
