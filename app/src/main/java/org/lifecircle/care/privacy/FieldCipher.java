package org.lifecircle.care.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Authenticated encryption of one column value: AES-256-GCM with a random 96-bit nonce per value and the value's
 * {@link Binding} as associated data. Stored as {@code <key id>:<base64(nonce || ciphertext || tag)>}; the key id
 * lets values written under an earlier key be read after a rotation. Thread-safe.
 */
@Component
public class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final CareKeys keys;

    public FieldCipher(CareKeys keys) {
        this.keys = keys;
    }

    /** @return null for null, else the stored form */
    public String encrypt(String plaintext, Binding binding) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.associatedData());
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @return null for null, else the plaintext
     * @throws UnreadableValueException if the value was changed, moved from another row or column, or written with
     *                                  a key this installation does not have
     */
    public String decrypt(String stored, Binding binding) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon > 0 ? keys.key(stored.substring(0, colon)) : null;
        if (key == null) {
            throw new UnreadableValueException(binding, "unknown key id");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new UnreadableValueException(binding, "too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(binding.associatedData());
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableValueException(binding, "authentication failed");
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException(binding, "not base64");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** Whether a stored value was written with an earlier key (a rotation still has it to re-encrypt). */
    public boolean isStale(String stored) {
        return stored != null && !stored.startsWith(keys.currentId() + ":");
    }
}
