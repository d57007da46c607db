package org.lifecircle.directory.handbook;

import java.time.OffsetDateTime;

/** A printed edition of a community's handbook, kept as it was generated; {@code bytes} is the PDF's size. */
public record Edition(long id, long communityId, int number, PaperFormat format, OffsetDateTime generatedAt,
               String generatedBy, int merchantCount, String directoryStamp, long bytes) {

    /** When it was generated, in China's time zone, as pages show it. */
    public java.time.LocalDateTime generatedLocal() {
        return generatedAt.atZoneSameInstant(HandbookService.ZONE).toLocalDateTime();
    }
}
