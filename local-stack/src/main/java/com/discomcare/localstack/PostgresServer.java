package com.discomcare.localstack;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from Maven Central jars (zonky), as a child process of this JVM. Superuser
 * {@code postgres}, no password (trust). As root, zonky runs the server in a user namespace where it is
 * {@code nobody}, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    /** zonky holds a lock on this file in the data directory while its server runs. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final int port;
    /** zonky's server, or the one that another class loader's copy of this class runs (see TestStack). */
    private final Closeable server;

    private PostgresServer(int port, Closeable server) {
        this.port = port;
        this.server = server;
    }

    /** A throw-away cluster for tests on {@code port} (0 = a free one), deleted when stopped. */
    public static PostgresServer start(int port) throws IOException {
        return start(port, null);
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = a free one). With a {@code dataDirectory} the cluster is kept:
     * initdb runs only when the directory holds no cluster yet, and stopping leaves it in place. Without
     * one, a throw-away cluster is made in a temporary directory and deleted when stopped.
     */
    public static PostgresServer start(int port, Path dataDirectory) throws IOException {
        requireFree(port);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                // zonky's default is 10 s, which a cold CI machine can exceed
                .setPGStartupWait(Duration.ofSeconds(60))
                // Room for several services' pools and a 32-client benchmark (zonky sets 300, PostgreSQL 100)
                .setServerConfig("max_connections", "200");
        if (dataDirectory == null) {
            // Throw-away data: trade crash safety for speed
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            // Kept data: PostgreSQL's durable defaults, not zonky's fsync=off (its -F flag, which a later -c
            // overrides) and synchronous_commit=off. zonky runs initdb only when postgresql.conf is missing if it
            // is not asked to clean the directory.
            builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        long started = System.nanoTime();
        EmbeddedPostgres postgres = builder.start();
        LOG.info("PostgreSQL started on port {} in {} ms", postgres.getPort(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new PostgresServer(postgres.getPort(), postgres);
    }

    /** zonky would otherwise report success while its server exits, and clients would reach the other one. */
    private static void requireFree(int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (java.net.BindException e) {
            throw new IOException("port " + port + " is already in use (another PostgreSQL?): choose another port "
                    + "(LOCAL_PG_PORT) or point the services at that server (DB_URL)", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /**
     * A connection as the superuser. Through the driver itself, not DriverManager, which refuses a driver
     * that another class loader registered (Quarkus tests load one per application).
     */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        return new Driver().connect(jdbcUrl(database), properties);
    }

    /** Creates {@code name} (lower case letters, digits, underscores) unless it exists. */
    public void createDatabaseIfMissing(String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another caller was quicker
                    throw e;
                }
            }
        }
    }

    /** Stops the server (fast shutdown); a throw-away cluster is deleted. */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Could not stop PostgreSQL on port {}", port, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** This server as JDK types, for {@link #fromJdkTypes} in another class loader. */
    Map<String, Object> toJdkTypes() {
        return Map.of("port", port, "server", server);
    }

    static PostgresServer fromJdkTypes(Map<String, Object> postgres) {
        return new PostgresServer((Integer) postgres.get("port"), (Closeable) postgres.get("server"));
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running on the data directory, and a new one cannot
     * start there. The directory's zonky lock tells a dead owner (lock free) from a live one (lock held).
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                        + " is in use by another running process");
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (postmaster.isPresent()) {
                LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that died",
                        pid, dataDirectory);
                postmaster.get().destroy(); // SIGTERM: smart shutdown, its clients are gone with their JVM
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("Could not stop the PostgreSQL left running on " + dataDirectory, e);
        }
    }
}
