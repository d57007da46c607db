package org.lifecircle.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.LifeCircleApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The whole platform started as an operator would: in the production profile without a key it does not start, and
 * says which setting is missing; in a local run it generates a key once and finds it again after a restart.
 */
class CareKeyStartupIT {

    @TempDir
    Path data;

    private SpringApplicationBuilder platform(String... profiles) {
        return new SpringApplicationBuilder(LifeCircleApplication.class).web(WebApplicationType.SERVLET)
                .profiles(profiles).initializers(new FreshServerDatabase());
    }

    /** As command-line arguments: they win over the test profile's own key file. */
    private String[] arguments() {
        return new String[] {"--lifecircle.care.key-file=" + data.resolve("keys/care-encryption.key"),
                "--lifecircle.care.encryption-key=", "--server.port=0"};
    }

    @Test
    void productionWithoutAKeyDoesNotStart() {
        assertThatThrownBy(() -> platform("test", "prod").run(arguments()).close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains("lifecircle.care.encryption-key"));
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void aLocalRunGeneratesTheKeyOnceAndReusesIt() throws Exception {
        Path key = data.resolve("keys/care-encryption.key");
        try (ConfigurableApplicationContext first = platform("test").run(arguments())) {
            assertThat(key).exists();
        }
        String generated = Files.readString(key);
        try (ConfigurableApplicationContext restart = platform("test").run(arguments())) {
            assertThat(Files.readString(key)).isEqualTo(generated);
        }
    }
}
