package org.lifecircle.care.report;

import java.util.Locale;

import org.lifecircle.care.catalogue.CatalogueService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The workbook and its file name, in the reader's language. */
@Component
class CareReportExport {

    private final MessageSource messages;
    private final CatalogueService catalogue;

    CareReportExport(MessageSource messages, CatalogueService catalogue) {
        this.messages = messages;
        this.catalogue = catalogue;
    }

    byte[] workbook(CareReport report, Locale locale) {
        return new CareReportWorkbook(messages, locale, catalogue.names(locale)).write(report);
    }

    String fileName(CareReport report, Locale locale) {
        return messages.getMessage("care.report.file", new Object[] {report.period().from().toString(),
                report.period().to().toString()}, locale) + ".xlsx";
    }
}
