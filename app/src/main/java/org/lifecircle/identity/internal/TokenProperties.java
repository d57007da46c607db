package org.lifecircle.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Bearer tokens for API clients and smart terminals: how long one stays valid after it is issued. */
@ConfigurationProperties("lifecircle.security.tokens")
public record TokenProperties(@DefaultValue("90d") Duration expiry) {

    public TokenProperties {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("lifecircle.security.tokens.expiry must be positive, was " + expiry);
        }
    }
}
