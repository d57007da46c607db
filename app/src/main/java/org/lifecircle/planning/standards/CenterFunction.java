package org.lifecircle.planning.standards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.ServiceClass;

/**
 * One of the seeds' "12 basic functions" (12项基本功能) a center is planned around, satisfied by any
 * facility of the listed catalogue codes in the center or a short walk from it.
 */
public record CenterFunction(long id, String code, String nameZh, String nameEn, ServiceClass serviceClass,
                             List<String> codes, String source, Confidence confidence, String note, int sortOrder,
                             boolean active, String updatedBy, OffsetDateTime updatedAt) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String codesText() {
        return String.join("|", codes);
    }
}
