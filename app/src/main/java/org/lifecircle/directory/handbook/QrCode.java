package org.lifecircle.directory.handbook;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as inline SVG: one path of unit squares on a grid of modules, so it prints sharp at any size in the PDF
 * and on screen, and needs no image file. Error correction M (15 %) survives a worn or folded booklet cover.
 */
final class QrCode {

    private QrCode() {
    }

    /** The SVG element (no XML declaration) of {@code text}, {@code sizeMm} wide, with the standard 4-module margin. */
    static String svg(String text, double sizeMm) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
        int size = matrix.getWidth();
        int quiet = 4;
        int total = size + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"" + sizeMm + "mm\" height=\"" + sizeMm
                + "mm\" viewBox=\"0 0 " + total + " " + total + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + total + "\" height=\"" + total + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>";
    }
}
