package org.lifecircle.programme.buildout;

/**
 * The stages of a planned center, in the order they are reached ("一期15个已全部开工建设，投入使用两个，
 * 6个开业筹备，二期16个已完成选址规划"). Each stage has a date field on the center: the day it began.
 */
public enum BuildStatus {
    /** 已选址: the site is chosen and planned. */
    SITED("sitedOn"),
    /** 在建: construction has started. */
    UNDER_CONSTRUCTION("constructionStartedOn"),
    /** 开业筹备: built, merchants and operators being brought in. */
    PREPARING("preparationStartedOn"),
    /** 已投用: open to residents. */
    OPEN("openedOn");

    private final String dateField;

    BuildStatus(String dateField) {
        this.dateField = dateField;
    }

    /** The form field holding the date this stage began, so a rule names the field it concerns. */
    public String dateField() {
        return dateField;
    }

    public boolean reached(BuildStatus current) {
        return ordinal() <= current.ordinal();
    }

    public BuildStatus previous() {
        return this == SITED ? null : values()[ordinal() - 1];
    }
}
