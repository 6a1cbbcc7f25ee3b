package com.discomcare.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stack for a local run, in the foreground until SIGTERM or SIGINT: PostgreSQL and a Kafka broker that
 * keep their data between runs. Configured by environment:
 * <ul>
 * <li>{@code LOCAL_DATA_DIR} (or the first argument; default {@code ./.local}): data in {@code postgres/}
 * and {@code kafka/} below it</li>
 * <li>{@code LOCAL_PG_PORT} (default 5432), {@code LOCAL_DATABASES} (default {@code complaints,escalations});
 * no PostgreSQL when {@code DB_URL} is set</li>
 * <li>{@code LOCAL_KAFKA_PORT} (default 9092); no broker when {@code KAFKA_BOOTSTRAP_SERVERS} is set</li>
 * <li>{@code LOCAL_KEYCLOAK_PORT} (default 8180): Keycloak with the realm of {@code deploy/keycloak/}, unpacked and
 * keeping its files in {@code keycloak/}, its database {@code keycloak} on the local PostgreSQL or
 * {@code KEYCLOAK_DB_URL} ({@code KEYCLOAK_DB_USER}, {@code KEYCLOAK_DB_PASSWORD}); no Keycloak when
 * {@code OIDC_AUTH_SERVER_URL} is set</li>
 * </ul>
 * Prints {@value #READY} once everything serves, and writes the realm's demo users to {@value #DEMO_USERS} in the
 * data directory.
 */
public final class LocalStack {

    public static final String READY = "LOCAL STACK READY";
    public static final String DEMO_USERS = "demo-users.txt";

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        Path dataDir = Path.of(args.length > 0 ? args[0] : env("LOCAL_DATA_DIR", "./.local"))
                .toAbsolutePath().normalize();
        List<Runnable> stops = new CopyOnWriteArrayList<>(); // read by the shutdown hook's thread
        // Runs on SIGTERM, SIGINT, and after a failed start
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stops.forEach(Runnable::run);
            System.out.println("Local stack stopped");
        }, "local-stack-stop"));
        try {
            PostgresServer postgres = startPostgres(dataDir, stops);
            KeycloakServer keycloak = launchKeycloak(dataDir, postgres, stops);
            startKafka(dataDir, stops); // while Keycloak starts
            if (keycloak != null) {
                keycloak.awaitReady();
                Files.writeString(dataDir.resolve(DEMO_USERS), KeycloakServer.demoUsersTable() + "\n");
                System.out.println("Keycloak on port " + keycloak.port() + ": realm " + keycloak.realmUrl()
                        + ", administration console http://localhost:" + keycloak.port() + "/admin ("
                        + KeycloakServer.BOOTSTRAP_ADMIN + "/" + KeycloakServer.BOOTSTRAP_ADMIN + ")");
            }
        } catch (Exception e) {
            System.err.println("Local stack failed to start");
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println(READY);
        Thread.currentThread().join(); // PostgreSQL alone leaves no thread that keeps the JVM up
    }

    /** The local PostgreSQL, or null when DB_URL names another server. */
    private static PostgresServer startPostgres(Path dataDir, List<Runnable> stops) throws Exception {
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            System.out.println("PostgreSQL: not started, DB_URL is set: " + dbUrl);
            return null;
        }
        Path pgData = dataDir.resolve("postgres");
        PostgresServer postgres = PostgresServer.start(Integer.parseInt(env("LOCAL_PG_PORT", "5432")), pgData);
        stops.add(postgres::stop);
        System.out.println("PostgreSQL on port " + postgres.port() + ", user " + PostgresServer.USER
                + " without password, data in " + pgData);
        for (String database : env("LOCAL_DATABASES", "complaints,escalations").split(",")) {
            if (!database.isBlank()) {
                postgres.createDatabaseIfMissing(database.strip());
                System.out.println("  " + postgres.jdbcUrl(database.strip()));
            }
        }
        return postgres;
    }

    /** Keycloak started (not yet ready), or null when OIDC_AUTH_SERVER_URL names another identity provider. */
    private static KeycloakServer launchKeycloak(Path dataDir, PostgresServer postgres, List<Runnable> stops)
            throws Exception {
        String oidc = System.getenv("OIDC_AUTH_SERVER_URL");
        if (oidc != null && !oidc.isBlank()) {
            System.out.println("Keycloak: not started, OIDC_AUTH_SERVER_URL is set: " + oidc);
            return null;
        }
        KeycloakServer.Database database;
        String dbUrl = System.getenv("KEYCLOAK_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            database = new KeycloakServer.Database(dbUrl, env("KEYCLOAK_DB_USER", PostgresServer.USER),
                    env("KEYCLOAK_DB_PASSWORD", ""));
        } else if (postgres != null) {
            postgres.createDatabaseIfMissing("keycloak");
            database = new KeycloakServer.Database(postgres.jdbcUrl("keycloak"), PostgresServer.USER, "");
        } else {
            throw new IllegalStateException("Keycloak needs a database: set KEYCLOAK_DB_URL (DB_URL is set, so no "
                    + "local PostgreSQL runs), or OIDC_AUTH_SERVER_URL to use another identity provider");
        }
        Path log = dataDir.resolve("logs/keycloak.log");
        KeycloakServer keycloak = KeycloakServer.launch(dataDir.resolve("keycloak"),
                Integer.parseInt(env("LOCAL_KEYCLOAK_PORT", "8180")), database, log);
        // The stops run in order: Keycloak's first, while its database still runs
        stops.addFirst(keycloak::close);
        System.out.println("Keycloak starting (log: " + log + ")...");
        return keycloak;
    }

    private static void startKafka(Path dataDir, List<Runnable> stops) throws Exception {
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !bootstrap.isBlank()) {
            System.out.println("Kafka: not started, KAFKA_BOOTSTRAP_SERVERS is set: " + bootstrap);
            return;
        }
        KafkaBroker kafka = new KafkaBroker(Integer.parseInt(env("LOCAL_KAFKA_PORT", "9092")),
                dataDir.resolve("kafka"));
        stops.add(kafka::stop);
        kafka.start();
        System.out.println("Kafka on " + kafka.bootstrapServers() + ", log in " + kafka.logDir());
    }

    /**
     * slf4j-simple for this standalone run (Quarkus' binding is on the class path too), INFO for us and
     * WARN for Kafka's chatty broker. Set before the first logger exists; -D options override.
     */
    private static void configureLogging() {
        setDefault("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        setDefault("slf4j.internal.verbosity", "WARN");
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        for (String kafkaLogger : Arrays.asList("kafka", "org.apache.kafka", "state.change.logger")) {
            setDefault("org.slf4j.simpleLogger.log." + kafkaLogger, "warn");
        }
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
