package org.lifecircle.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Condition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL server (zonky) when no external server is configured.
 *
 * <p>It is the real PostgreSQL, so the platform has one SQL dialect and one set of Flyway
 * migrations whether it runs on a laptop, in the tests or in production. With a data directory
 * the cluster survives restarts and killed processes; without one (tests) it lives in a
 * temporary directory and is deleted on exit.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (properties.persistent()) {
            var directory = properties.dataDirectory().toAbsolutePath();
            Files.createDirectories(directory);
            OrphanedPostmaster.stopIfRunning(directory);
            // zonky starts PostgreSQL with fsync and synchronous commit off, fine for throw-away
            // test clusters; a cluster that keeps real data must survive a crash.
            builder.setDataDirectory(directory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        return builder.start();
    }

    @Bean
    @FlywayDataSource
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws SQLException {
        createDatabaseIfMissing(postgres, properties.database());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("lifecircle-embedded");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // identifier comes from configuration, quoted to keep it one name
                create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
            }
        }
    }

    /** Embedded unless {@code spring.datasource.url} names a PostgreSQL server (production, CI). */
    static final class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
