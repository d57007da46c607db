package org.lifecircle.care.privacy;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that encrypts elders' personal information comes from ({@code lifecircle.care.*}).
 *
 * @param encryptionKey the current key, base64 of 32 random bytes (e.g. {@code LIFECIRCLE_CARE_ENCRYPTION_KEY});
 *                      empty: a generated key in {@code keyFile} (refused in the production profile)
 * @param keyId         the id written before every value encrypted with the current key; change it with the key
 * @param retiredKeys   earlier keys by id, still read (never written) until every value is re-encrypted
 * @param indexKeyId    the key the blind indexes are derived from; stays on the old key until the indexes are rebuilt
 * @param keyFile       where a generated key is kept when none is configured (not in production)
 */
@ConfigurationProperties("lifecircle.care")
public record CareKeyProperties(String encryptionKey, String keyId, Map<String, String> retiredKeys, String indexKeyId,
                                String keyFile) {

    public CareKeyProperties {
        keyId = keyId == null || keyId.isBlank() ? "k1" : keyId.strip();
        retiredKeys = retiredKeys == null ? Map.of() : Map.copyOf(retiredKeys);
        indexKeyId = indexKeyId == null || indexKeyId.isBlank() ? keyId : indexKeyId.strip();
        keyFile = keyFile == null || keyFile.isBlank() ? "./data/keys/care-encryption.key" : keyFile;
    }
}
