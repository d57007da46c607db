package org.lifecircle.atlas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a record a form points at exists, so a bad reference is a field error, not a 500. */
@Component
public class ExistingRecords {

    /** The atlas tables a form may refer to; the table name never comes from input. */
    public enum Table { SUB_DISTRICT, COMMUNITY, SERVICE_CENTER, CATEGORY }

    private final JdbcClient jdbc;

    ExistingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(Table table, Long id) {
        return id != null && jdbc.sql("select exists (select 1 from " + table.name().toLowerCase() + " where id = :id)")
                .param("id", id).query(Boolean.class).single();
    }
}
