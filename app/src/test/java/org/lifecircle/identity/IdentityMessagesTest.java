package org.lifecircle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages have the same keys, every key a template or class names exists, and none is blank. */
class IdentityMessagesTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern KEY = Pattern.compile("(?<![\\w.])identity\\.[A-Za-z0-9_.]+[A-Za-z0-9_]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("identity.properties");
        Properties en = load("identity_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> defined = load("identity.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(MAIN.resolve("java/org/lifecircle/identity")),
                Stream.concat(Files.walk(MAIN.resolve("resources/templates/identity")),
                        Stream.of(MAIN.resolve("resources/templates/login.html"))))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group();
                    boolean prefix = defined.stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!defined.contains(key) && !prefix && !isAuditAction(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Audit action names look like keys but are data, not messages. */
    private static boolean isAuditAction(String key) {
        return Set.of("identity.account.created", "identity.account.enabled", "identity.account.disabled",
                "identity.account.passwordReset", "identity.account.unlocked", "identity.account.locked",
                "identity.account.tokensRevoked", "identity.token.issued", "identity.token.revoked").contains(key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(MAIN.resolve("resources/messages/" + name)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
