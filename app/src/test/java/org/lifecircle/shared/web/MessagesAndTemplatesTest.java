package org.lifecircle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Chinese first, English second, and nothing in between: every message bundle has the same keys
 * in both languages, every key a template asks for exists, and no template carries literal text
 * a user would read (text inside an element that a th:text / th:utext replaces is a designer's
 * placeholder and is fine).
 */
class MessagesAndTemplatesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** #{key} or #{key(args)} in a template; keys built at run time (${'atlas.tier.' + t}) are skipped. */
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z][\\w.]*)[(}]");
    private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)([^>]*)>([^<]+)");
    /** A bundle line's key (the bundles use no continuation lines). */
    private static final Pattern KEY = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (Path chinese : bundles()) {
            Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
            Properties zh = load(chinese);
            Properties en = load(english);
            assertThat(en.stringPropertyNames()).as(english.toString()).isEqualTo(zh.stringPropertyNames());
            assertThat(zh.values()).as(chinese.toString()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
            assertThat(en.values()).as(english.toString()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    /** A key defined twice silently keeps the later text (care.consent.none once showed the withdrawal error). */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    Matcher key = KEY.matcher(line);
                    if (key.find() && !seen.add(key.group(1))) {
                        twice.add(bundle.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (Path bundle : bundles()) {
            defined.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE.matcher(Files.readString(template));
            while (m.find()) {
                if (!defined.contains(m.group(1))) {
                    missing.add(m.group(1) + " in " + TEMPLATES.relativize(template));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
            Matcher m = TEXT_AFTER_TAG.matcher(html);
            while (m.find()) {
                String text = m.group(4).strip();
                boolean readable = text.codePoints().anyMatch(Character::isLetter);
                boolean replacedByParent = m.group(1).isEmpty() && REPLACING.stream().anyMatch(m.group(3)::contains);
                if (readable && !replacedByParent) {
                    literal.add(TEMPLATES.relativize(template) + ": \"" + text + "\" after <" + m.group(1) + m.group(2) + ">");
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
