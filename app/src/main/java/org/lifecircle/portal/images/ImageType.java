package org.lifecircle.portal.images;

import java.util.Arrays;

/**
 * The picture formats staff may upload, recognised by their first bytes (the "magic"), never by the file name or the
 * content type the browser sends: both are the client's to choose.
 */
enum ImageType {
    PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), WEBP("image/webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    /** The type the bytes begin like, or null. */
    static ImageType sniff(byte[] b) {
        if (startsWith(b, PNG_MAGIC)) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(b, "GIF87a".getBytes()) || startsWith(b, "GIF89a".getBytes())) {
            return GIF;
        }
        if (b.length >= 12 && startsWith(b, "RIFF".getBytes())
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes())) {
            return WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }
}
