package org.lifecircle.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox), inline SVG drawn by Batik, every text in the bundled
 * WenQuanYi Micro Hei, embedded as a subset of the glyphs used, so that the Chinese shows on any
 * machine. The font is a TrueType-outline face (docs/ARCHITECTURE.md: CFF-outline CJK fonts such as
 * Noto CJK's OTF fail in this renderer); fonts/README.md says where it came from. Shared by every
 * module that prints (planning's coverage report, the directory's handbook).
 */
public final class HtmlPdf {

    /** The family name templates and server-drawn SVG must ask for. */
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    private static final String FONT = "/fonts/wqy-microhei.ttf";

    static {
        // the renderer logs to its own console handler unless told otherwise
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private HtmlPdf() {
    }

    /** The PDF of a well-formed XHTML document (no external resources: images and SVG are inline). */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(HtmlPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("LifeCircle");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = HtmlPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException(FONT + " is missing from the application");
        }
        return in;
    }
}
