package org.lifecircle.portal.images;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Pictures for news and events, uploaded by a community's staff and kept in the database with their SHA-256 (the same
 * picture uploaded twice is stored once). Only real PNG, JPEG, WebP and GIF pictures up to the size limit are
 * accepted; a refused file leaves nothing behind.
 */
@Service
public class ImageService {

    private static final String COLUMNS = """
            id, community_id, file_name, content_type, width, height, byte_size, sha256, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DataSize maxSize;

    ImageService(JdbcClient jdbc, AuditLog audit,
                 @Value("${lifecircle.portal.images.max-size:2MB}") DataSize maxSize,
                 @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartMax) {
        if (maxSize.compareTo(multipartMax) > 0) {
            // otherwise a picture under our limit would be cut off by the servlet container with a less helpful error
            throw new IllegalStateException("lifecircle.portal.images.max-size (" + maxSize
                    + ") is larger than spring.servlet.multipart.max-file-size (" + multipartMax + ")");
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxSize = maxSize;
    }

    /** The limit as people read it: "2 MB", "500 KB". */
    public String maxSizeText() {
        long bytes = maxSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    @Transactional
    public StoredImage store(Actor actor, long communityId, String fileName, byte[] bytes) {
        PortalCommunities.requireManager(actor, communityId);
        String name = fileName == null || fileName.isBlank() ? "image" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "portal.image.empty", name);
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new InvalidInputException("file", "portal.image.tooLarge", name, megabytes(bytes.length), maxSizeText());
        }
        ImageType type = ImageType.sniff(bytes);
        if (type == null) {
            throw new InvalidInputException("file", "portal.image.type", name);
        }
        ImageDecoder.Size size = ImageDecoder.decode(type, bytes);
        if (size == null) {
            throw new InvalidInputException("file", "portal.image.unreadable", name, type.name());
        }
        String sha256 = sha256(bytes);
        Optional<StoredImage> same = jdbc.sql("select " + COLUMNS + " from portal_image where community_id = :c and sha256 = :h")
                .param("c", communityId).param("h", sha256).query(StoredImage.class).optional();
        if (same.isPresent()) {
            return same.get();
        }
        long id = jdbc.sql("""
                insert into portal_image (community_id, file_name, content_type, width, height, byte_size, sha256, data, uploaded_by)
                values (:c, :name, :type, :w, :h, :size, :sha, :data, :by) returning id""")
                .param("c", communityId).param("name", name).param("type", type.contentType)
                .param("w", size.width()).param("h", size.height()).param("size", bytes.length)
                .param("sha", sha256).param("data", bytes).param("by", actor.username())
                .query(Long.class).single();
        audit.record(actor, "portal.image.uploaded", "image", id, name);
        return get(id);
    }

    public StoredImage get(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_image where id = :id").param("id", id)
                .query(StoredImage.class).optional().orElseThrow(() -> new NotFoundException("portal.image", id));
    }

    /** The picture's bytes and type, for serving. */
    public Optional<ImageBytes> bytes(long id) {
        return jdbc.sql("select content_type, sha256, data from portal_image where id = :id").param("id", id)
                .query((rs, n) -> new ImageBytes(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public record ImageBytes(String contentType, String sha256, byte[] data) {
    }

    @Transactional
    public void delete(Actor actor, long id) {
        StoredImage image = get(id);
        PortalCommunities.requireManager(actor, image.communityId());
        jdbc.sql("delete from portal_image where id = :id").param("id", id).update();
        audit.record(actor, "portal.image.deleted", "image", id, image.fileName());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
