package org.lifecircle.care.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    final String key = CryptoFixture.randomKey();
    final FieldCipher cipher = new FieldCipher(CryptoFixture.keys(key, "k1", Map.of()));
    final Binding phoneOf7 = new Binding("elder", "phone", 7);

    @Test
    void aValueComesBackAndIsNeverStoredTheSameWayTwice() {
        String first = cipher.encrypt("13812345678", phoneOf7);
        String second = cipher.encrypt("13812345678", phoneOf7);
        assertThat(first).startsWith("k1:").doesNotContain("13812345678").isNotEqualTo(second);
        assertThat(cipher.decrypt(first, phoneOf7)).isEqualTo("13812345678");
        assertThat(cipher.decrypt(second, phoneOf7)).isEqualTo("13812345678");
        // 12-byte nonce + 11 bytes + 16-byte tag
        assertThat(Base64.getDecoder().decode(first.substring(3))).hasSize(12 + 11 + 16);
    }

    @Test
    void aChangedCiphertextFailsToDecrypt() {
        String stored = cipher.encrypt("张三 health notes", phoneOf7);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered, phoneOf7)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aCiphertextMovedToAnotherRowOrColumnFailsToDecrypt() {
        String stored = cipher.encrypt("13812345678", phoneOf7);
        assertThatThrownBy(() -> cipher.decrypt(stored, new Binding("elder", "phone", 8)))
                .isInstanceOf(UnreadableValueException.class).hasMessageContaining("row 8");
        assertThatThrownBy(() -> cipher.decrypt(stored, new Binding("elder", "address", 7)))
                .isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, new Binding("elder_contact", "phone", 7)))
                .isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void afterARotationOldValuesAreStillReadAndNewOnesUseTheNewKey() {
        String old = cipher.encrypt("13812345678", phoneOf7);
        FieldCipher rotated = new FieldCipher(CryptoFixture.keys(CryptoFixture.randomKey(), "k2", Map.of("k1", key)));
        assertThat(rotated.decrypt(old, phoneOf7)).isEqualTo("13812345678");
        assertThat(rotated.isStale(old)).isTrue();
        String fresh = rotated.encrypt("13812345678", phoneOf7);
        assertThat(fresh).startsWith("k2:");
        assertThat(rotated.isStale(fresh)).isFalse();
        // an installation without the new key cannot read it
        assertThatThrownBy(() -> cipher.decrypt(fresh, phoneOf7)).isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("unknown key");
    }

    @Test
    void theBlindIndexIsKeyedAndSeparatesKinds() {
        CareKeys keys = CryptoFixture.keys(key, "k1", Map.of());
        BlindIndex index = new BlindIndex(keys);
        assertThat(index.of(BlindIndex.Kind.PHONE, "13812345678")).isEqualTo(index.of(BlindIndex.Kind.PHONE, "13812345678"))
                .hasSize(64).isNotEqualTo(index.of(BlindIndex.Kind.ID_NUMBER, "13812345678"));
        BlindIndex otherKey = new BlindIndex(CryptoFixture.keys(CryptoFixture.randomKey(), "k1", Map.of()));
        assertThat(otherKey.of(BlindIndex.Kind.PHONE, "13812345678")).isNotEqualTo(index.of(BlindIndex.Kind.PHONE, "13812345678"));
        // the index key is derived, never the encryption key itself
        assertThat(keys.indexKey().getEncoded()).isNotEqualTo(keys.current().getEncoded());
    }
}
