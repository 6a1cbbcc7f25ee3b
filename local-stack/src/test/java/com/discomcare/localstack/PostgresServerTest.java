package com.discomcare.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void createsDatabaseAndAnswersQueries() throws Exception {
        try (PostgresServer pg = PostgresServer.start(0)) {
            pg.createDatabaseIfMissing("complaints");
            pg.createDatabaseIfMissing("complaints"); // idempotent
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("complaints"), PostgresServer.USER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
                assertTrue(rs.next());
                assertEquals("complaints", rs.getString(1));
                assertTrue(rs.getInt(2) >= 170000, "PostgreSQL 17");
            }
        }
    }

    @Test
    void keepsDataInItsDirectoryAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (PostgresServer pg = PostgresServer.start(0, data)) {
            pg.createDatabaseIfMissing("escalations");
            execute(pg, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }
        String pgVersion = Files.readString(data.resolve("PG_VERSION"));
        try (PostgresServer pg = PostgresServer.start(0, data)) {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("escalations"), PostgresServer.USER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
        assertEquals(pgVersion, Files.readString(data.resolve("PG_VERSION")));
    }

    private static void execute(PostgresServer pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("escalations"), PostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
