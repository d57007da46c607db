package org.lifecircle.portal.images;

import java.time.OffsetDateTime;

/** An uploaded picture without its bytes; {@code url} is where the portal serves it. */
public record StoredImage(long id, long communityId, String fileName, String contentType, int width, int height,
                          int byteSize, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    public String url() {
        return "/images/" + id;
    }
}
