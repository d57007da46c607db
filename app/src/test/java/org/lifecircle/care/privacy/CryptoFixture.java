package org.lifecircle.care.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.springframework.mock.env.MockEnvironment;

/** Random keys for tests of the privacy classes without a Spring context. */
final class CryptoFixture {

    private CryptoFixture() {
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static CareKeys keys(String key, String id, Map<String, String> retired) {
        return new CareKeys(new CareKeyProperties(key, id, retired, null, null), new MockEnvironment());
    }
}
