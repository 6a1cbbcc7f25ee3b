package com.discomcare.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void createsDatabasesAndAnswersQueries() throws Exception {
        try (PostgresServer pg = PostgresServer.start(0)) {
            pg.createDatabaseIfMissing("complaints");
            pg.createDatabaseIfMissing("complaints"); // idempotent
            try (Connection c = pg.connect("complaints");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                         "SELECT current_database(), current_setting('server_version_num')::int,"
                                 + " current_setting('max_connections')::int")) {
                assertTrue(rs.next());
                assertEquals("complaints", rs.getString(1));
                assertTrue(rs.getInt(2) >= 170000, "PostgreSQL 17");
                assertEquals(200, rs.getInt(3));
            }
        }
    }

    @Test
    void keepsItsDataDirectoryAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (PostgresServer pg = PostgresServer.start(0, data)) {
            pg.createDatabaseIfMissing("escalations");
            try (Connection c = pg.connect("escalations"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            }
        }
        FileTime initialized = Files.getLastModifiedTime(data.resolve("PG_VERSION"));
        try (PostgresServer pg = PostgresServer.start(0, data);
             Connection c = pg.connect("escalations");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, current_setting('fsync'), current_setting('synchronous_commit') "
                     + "FROM kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
            assertEquals("on", rs.getString(2), "kept data is flushed to disk");
            assertEquals("on", rs.getString(3));
        }
        assertEquals(initialized, Files.getLastModifiedTime(data.resolve("PG_VERSION")), "no second initdb");
    }
}
