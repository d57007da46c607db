package org.lifecircle.shared;

/**
 * The request was valid but lost to another change (someone else dispatched the request first, the caregiver was
 * booked in the meantime): a 409 for the user, with a message key saying what happened, never a 500.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
