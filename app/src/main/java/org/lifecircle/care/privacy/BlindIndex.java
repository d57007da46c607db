package org.lifecircle.care.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;

/**
 * A keyed hash (HMAC-SHA256) of a normalised value, stored beside its ciphertext so exact lookups (an ID number,
 * a phone, a phone's last four digits) work without decrypting every row. Each kind of value is hashed under its
 * own label, so equal digits in different fields give different indexes. Without the key an index reveals
 * nothing; with it, short values (four digits) can be found by trying them all, which is why the key is derived
 * and kept like the encryption key.
 */
@Component
public class BlindIndex {

    public enum Kind {
        ID_NUMBER, PHONE, PHONE_LAST4
    }

    private final CareKeys keys;

    public BlindIndex(CareKeys keys) {
        this.keys = keys;
    }

    /** @param normalised the value in its one canonical form (see IdCardNumber, PhoneNumber); null gives null */
    public String of(Kind kind, String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update((kind.name() + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }
}
