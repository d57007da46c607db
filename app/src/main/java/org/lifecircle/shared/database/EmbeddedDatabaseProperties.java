package org.lifecircle.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server used when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the cluster lives; kept across restarts. Blank means a throw-away
 *                      cluster in a temporary directory (the test suite uses that).
 * @param port          TCP port on localhost; 0 picks a free one
 * @param database      database created in the cluster on first start
 */
@ConfigurationProperties("lifecircle.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, String database) {

    public EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "lifecircle";
        }
    }

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.toString().isBlank();
    }
}
