package org.lifecircle.care.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keys for elders' personal information, by id. The current key encrypts; retired keys only decrypt, so a key
 * can be rotated without a flag day. The blind-index key is derived from one of them (HMAC with a fixed label),
 * never the encryption key itself, so the two uses never share a key.
 * <p>
 * With no key configured the demo and local runs generate one into {@code keyFile} (owner read/write only) and reuse
 * it on every later start; the {@code prod} / {@code production} profiles refuse to start instead, since a key
 * beside the database protects nothing.
 */
@Component
public class CareKeys {

    private static final Logger log = LoggerFactory.getLogger(CareKeys.class);
    static final Profiles PRODUCTION = Profiles.of("prod | production");
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;
    private final SecretKey indexKey;

    public CareKeys(CareKeyProperties properties, Environment environment) {
        this.currentId = properties.keyId();
        Map<String, SecretKey> known = new HashMap<>();
        properties.retiredKeys().forEach((id, encoded) -> known.put(id, decode("lifecircle.care.retired-keys." + id, encoded)));
        known.put(currentId, currentKey(properties, environment));
        this.keys = Map.copyOf(known);
        SecretKey indexSource = keys.get(properties.indexKeyId());
        if (indexSource == null) {
            throw new IllegalStateException("lifecircle.care.index-key-id names key '" + properties.indexKeyId()
                    + "', which is neither the current key nor a retired one");
        }
        this.indexKey = derive(indexSource, "lifecircle care blind index v1");
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** @return the key with this id, or null if it is not known (a value from another installation) */
    SecretKey key(String id) {
        return keys.get(id);
    }

    SecretKey indexKey() {
        return indexKey;
    }

    private static SecretKey currentKey(CareKeyProperties properties, Environment environment) {
        if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
            return decode("lifecircle.care.encryption-key", properties.encryptionKey());
        }
        if (environment.acceptsProfiles(PRODUCTION)) {
            throw new IllegalStateException("No key for elders' personal information: set lifecircle.care.encryption-key "
                    + "(e.g. the environment variable LIFECIRCLE_CARE_ENCRYPTION_KEY) to base64 of 32 random bytes, "
                    + "such as the output of 'openssl rand -base64 32'. The production profile never generates one.");
        }
        return fromFile(Path.of(properties.keyFile()));
    }

    /** The generated key of a demo or local run: read if it exists, else made once, readable by the owner only. */
    private static SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                write(file, Base64.getEncoder().encodeToString(key));
                log.warn("No lifecircle.care.encryption-key configured: generated a key for elders' personal information "
                        + "in {} (owner read/write only). Keep it with the database backups; production must configure a key.",
                        file.toAbsolutePath());
            } else {
                log.info("Using the generated key for elders' personal information in {}", file.toAbsolutePath());
            }
            return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading or writing the care key file " + file, e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        try {
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process made it first: use theirs
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static SecretKey decode(String source, String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be " + KEY_BYTES + " bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey derive(SecretKey key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
