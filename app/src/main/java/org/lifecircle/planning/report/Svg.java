package org.lifecircle.planning.report;

import java.util.Locale;

import org.lifecircle.shared.pdf.HtmlPdf;

/**
 * A small SVG writer for the report's map and charts: elements with attributes given as name/value pairs,
 * text escaped, numbers written to one decimal (a tenth of a pixel is plenty on paper). The result is
 * well-formed XML, as the PDF renderer parses the page as XHTML.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** A drawing of the given size in CSS pixels (96 to the inch); text in the report's font. */
    Svg(double width, double height) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        attributes("width", width, "height", height, "viewBox", "0 0 " + num(width) + " " + num(height),
                "font-family", HtmlPdf.FONT_FAMILY, "font-size", 11);
        out.append('>');
    }

    /** An empty element, e.g. {@code element("circle", "cx", 1, "cy", 2, "r", 3)}. */
    Svg element(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with children: {@link #close(String)} ends it. */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Svg text(double x, double y, String text, Object... attributes) {
        out.append("<text");
        attributes("x", x, "y", y);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** Text at (x, y) starting there; returns where it ends (estimated: a Chinese character is one em, others about half). */
    double textRun(double x, double y, String text, double fontSize) {
        text(x, y, text, "font-size", fontSize);
        return x + width(text, fontSize);
    }

    static double width(String text, double fontSize) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : 0.56).sum() * fontSize;
    }

    /** The finished drawing. */
    String end() {
        return out + "</svg>";
    }

    private void attributes(Object... nameValuePairs) {
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object value = nameValuePairs[i + 1];
            String text = value instanceof Number n ? num(n.doubleValue()) : String.valueOf(value);
            out.append(' ').append(nameValuePairs[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
