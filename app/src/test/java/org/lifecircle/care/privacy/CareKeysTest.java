package org.lifecircle.care.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class CareKeysTest {

    @TempDir
    Path directory;

    @Test
    void theProductionProfileRefusesToStartWithoutAKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        Path file = directory.resolve("keys/care.key");
        assertThatThrownBy(() -> new CareKeys(new CareKeyProperties("", null, null, null, file.toString()), production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lifecircle.care.encryption-key");
        assertThat(file).doesNotExist();
        MockEnvironment production2 = new MockEnvironment();
        production2.setActiveProfiles("production");
        assertThatThrownBy(() -> new CareKeys(new CareKeyProperties(null, null, null, null, file.toString()), production2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withAConfiguredKeyTheProductionProfileStarts() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        String key = CryptoFixture.randomKey();
        CareKeys keys = new CareKeys(new CareKeyProperties(key, "k1", Map.of(), null, null), production);
        assertThat(keys.current().getEncoded()).isEqualTo(java.util.Base64.getDecoder().decode(key));
    }

    @Test
    void aGeneratedKeyIsWrittenOwnerOnlyAndReusedOnTheNextStart() throws Exception {
        Path file = directory.resolve("data/keys/care-encryption.key");
        CareKeyProperties properties = new CareKeyProperties(null, null, null, null, file.toString());
        CareKeys first = new CareKeys(properties, new MockEnvironment());
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String stored = new FieldCipher(first).encrypt("13812345678", new Binding("elder", "phone", 1));

        CareKeys second = new CareKeys(properties, new MockEnvironment()); // a restart
        assertThat(second.current().getEncoded()).isEqualTo(first.current().getEncoded());
        assertThat(new FieldCipher(second).decrypt(stored, new Binding("elder", "phone", 1))).isEqualTo("13812345678");
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64IsRefused() {
        assertThatThrownBy(() -> CryptoFixture.keys("c2hvcnQ=", "k1", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CryptoFixture.keys("not base64!", "k1", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
    }
}
