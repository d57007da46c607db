package org.lifecircle.directory.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The cover's QR code, drawn back from its SVG path and read by ZXing's decoder, gives the portal's address. */
class QrCodeTest {

    @Test
    void theSvgDecodesToTheUrl() throws Exception {
        String url = "https://life.example.gov.cn/c/410104570001";
        String svg = QrCode.svg(url, 40);
        assertThat(svg).startsWith("<svg").contains("width=\"40.0mm\"");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }
}
