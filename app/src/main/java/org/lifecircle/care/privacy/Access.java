package org.lifecircle.care.privacy;

/** How an unmasked read arrived, for the access log: a page or the API, and from which address. */
public record Access(Channel channel, String remoteAddress) {

    public enum Channel {
        PAGE, API
    }

    public static Access page(String remoteAddress) {
        return new Access(Channel.PAGE, remoteAddress);
    }

    public static Access api(String remoteAddress) {
        return new Access(Channel.API, remoteAddress);
    }
}
