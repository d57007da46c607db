package org.lifecircle.care.privacy;

/**
 * How an unmasked read arrived, for the access log: a page, the API, or a caregiver's visit (the address and phone of
 * the elder they are assigned to, revealed from the phone page or its API), and from which address.
 */
public record Access(Channel channel, String remoteAddress) {

    public enum Channel {
        PAGE, API, VISIT
    }

    public static Access page(String remoteAddress) {
        return new Access(Channel.PAGE, remoteAddress);
    }

    public static Access api(String remoteAddress) {
        return new Access(Channel.API, remoteAddress);
    }

    public static Access visit(String remoteAddress) {
        return new Access(Channel.VISIT, remoteAddress);
    }
}
