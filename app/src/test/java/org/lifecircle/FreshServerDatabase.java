package org.lifecircle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the integration tests against a PostgreSQL server when {@code LIFECIRCLE_TEST_SERVER_URL}
 * is set (CI sets it to this machine's server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}):
 * each Spring context gets a new database on that server, dropped when the context closes, just
 * as it gets a new embedded cluster otherwise. Unset, it does nothing.
 */
public class FreshServerDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER_URL = "LIFECIRCLE_TEST_SERVER_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String serverUrl = System.getenv(SERVER_URL);
        if (serverUrl == null || serverUrl.isBlank()) {
            return;
        }
        String user = System.getenv().getOrDefault("LIFECIRCLE_TEST_SERVER_USER", "postgres");
        String password = System.getenv().getOrDefault("LIFECIRCLE_TEST_SERVER_PASSWORD", "");
        String database = "lifecircle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, password, "create database " + database + " encoding 'UTF8' template template0");
        String databaseUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-server-database", Map.of(
                "spring.datasource.url", databaseUrl,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                // the context's pool is still open here: force drops its connections (PostgreSQL 13+)
                execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
            }
        });
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database server " + url + ": " + sql + " failed", e);
        }
    }
}
