/**
 * Shared kernel: the embedded database, web-wide error handling and i18n, Chinese text
 * helpers (pinyin) and the import-problem model that every module's imports report with.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lifecircle.shared;
