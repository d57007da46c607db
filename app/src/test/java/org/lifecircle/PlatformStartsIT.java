package org.lifecircle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlatformStartsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchemaAndLoadsTheCategoryCatalogue() {
        Integer top = jdbc.sql("select count(*) from category where parent_id is null").query(Integer.class).single();
        assertThat(top).as("the handbook's 11 categories").isEqualTo(11);
        assertThat(jdbc.sql("select name_zh from category where code = 'pharmacy'").query(String.class).single())
                .isEqualTo("药店");
    }
}
