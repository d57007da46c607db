package org.lifecircle.portal.images;

import java.time.OffsetDateTime;

import org.lifecircle.portal.PortalTime;

/** An uploaded picture without its bytes; {@code url} is where the portal serves it. */
public record StoredImage(long id, long communityId, String fileName, String contentType, int width, int height,
                          int byteSize, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    public StoredImage {
        uploadedAt = PortalTime.local(uploadedAt);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("url")
    public String url() {
        return "/images/" + id;
    }
}
