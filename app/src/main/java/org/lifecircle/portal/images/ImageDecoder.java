package org.lifecircle.portal.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Proves that bytes which start like a picture are one, and measures it. PNG, JPEG and GIF are decoded in full by
 * the JDK; the JDK has no WebP decoder, so a WebP file's RIFF container and its VP8, VP8L or VP8X header are checked
 * instead (sizes consistent, dimensions readable).
 */
final class ImageDecoder {

    record Size(int width, int height) {
    }

    private ImageDecoder() {
    }

    /** The picture's size, or null when the bytes are not a readable picture of that type. */
    static Size decode(ImageType type, byte[] bytes) {
        if (type == ImageType.WEBP) {
            return webp(bytes);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? null : new Size(image.getWidth(), image.getHeight());
        } catch (IOException | RuntimeException e) {
            return null; // truncated or corrupt: not a picture
        }
    }

    private static Size webp(byte[] b) {
        if (b.length < 30 || le32(b, 4) + 8L != b.length) {
            return null; // the RIFF size must match the file
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 ":
                // key frame start code 9d 01 2a, then 14-bit width and height
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return null;
                }
                return positive(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
            case "VP8L":
                if ((b[20] & 0xff) != 0x2f) {
                    return null;
                }
                int bits = (int) le32(b, 21);
                return positive((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
            case "VP8X":
                return positive(le24(b, 24) + 1, le24(b, 27) + 1);
            default:
                return null;
        }
    }

    private static Size positive(int width, int height) {
        return width > 0 && height > 0 ? new Size(width, height) : null;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xff) << 16;
    }

    private static long le32(byte[] b, int at) {
        return (le24(b, at) | (long) (b[at + 3] & 0xff) << 24);
    }
}
