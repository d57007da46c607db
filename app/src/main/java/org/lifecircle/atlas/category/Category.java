package org.lifecircle.atlas.category;

import org.lifecircle.atlas.ServiceClass;

/**
 * A category of the catalogue: a handbook group (no parent) or a kind of service beneath one.
 * {@code facilities} counts the facilities filed directly under it.
 */
public record Category(long id, String code, Long parentId, String nameZh, String nameEn,
                       ServiceClass serviceClass, int sortOrder, boolean active, long facilities) {

    public boolean isGroup() {
        return parentId == null;
    }

    /** The name in the reader's language: English for "en", Chinese otherwise. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
