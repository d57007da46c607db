package org.lifecircle.planning.report;

/** The report's texts in the reader's language: message keys under {@code planning.report.}, with arguments. */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... args);
}
