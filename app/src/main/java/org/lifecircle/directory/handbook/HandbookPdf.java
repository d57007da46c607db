package org.lifecircle.directory.handbook;

import java.util.Locale;

import org.lifecircle.shared.pdf.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printed handbook: templates/directory/handbook-print.html (XHTML: the PDF renderer parses XML) through the
 * shared renderer, with the cover's QR code drawn as inline SVG.
 */
@Component
class HandbookPdf {

    private final ITemplateEngine templates;

    HandbookPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** @param edition the edition number printed on the cover, or null for a print of the current directory */
    byte[] render(Handbook handbook, PaperFormat format, Integer edition, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("h", handbook);
        context.setVariable("format", format);
        context.setVariable("edition", edition);
        context.setVariable("qr", QrCode.svg(handbook.portalUrl(), format == PaperFormat.A5 ? 38 : 50));
        return HtmlPdf.render(templates.process("directory/handbook-print", context));
    }
}
