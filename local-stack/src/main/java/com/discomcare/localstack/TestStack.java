package com.discomcare.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real PostgreSQL and one real Kafka broker for all the tests of a JVM: started on first use, stopped
 * when the JVM exits, so that every {@code @QuarkusTest} class shares them. Use with
 * {@code @QuarkusTestResource(TestStack.class)}, optionally with init arg {@code database} (default
 * {@value #DEFAULT_DATABASE}), created if missing.
 * <p>
 * Quarkus loads test resources and test classes anew for each application it starts (one per test
 * profile) and closes that class loader when the application stops, so statics here alone would start a
 * stack per profile and leave its servers running on closed classes. The stack therefore belongs to this
 * class as the system class loader loads it, which lives as long as the JVM; copies in other class
 * loaders reach it through JDK types.
 */
public final class TestStack implements QuarkusTestResourceLifecycleManager {

    public static final String DEFAULT_DATABASE = "complaints";

    /** The copy of this class that runs the servers. */
    private static final Class<?> OWNER = ownerClass();

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        try {
            postgres().createDatabaseIfMissing(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    /** Nothing: the servers outlive each Quarkus application and stop with the JVM. */
    @Override
    public void stop() {
    }

    /** The JVM's PostgreSQL, started if it is not yet. */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = OWNER == TestStack.class ? startPostgres()
                    : PostgresServer.fromJdkTypes(fromOwner("jvmPostgres"));
        }
        return postgres;
    }

    /** The JVM's Kafka broker, started if it is not yet; tests may stop and start it. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = OWNER == TestStack.class ? startKafka()
                    : KafkaBroker.fromJdkTypes(fromOwner("jvmKafka"));
        }
        return kafka;
    }

    /** For the copies of this class in other class loaders, not for tests: {@link #postgres()} as JDK types. */
    public static Map<String, Object> jvmPostgres() {
        return postgres().toJdkTypes();
    }

    /** For the copies of this class in other class loaders, not for tests: {@link #kafka()} as JDK types. */
    public static Map<String, Object> jvmKafka() {
        return kafka().toJdkTypes();
    }

    private static PostgresServer startPostgres() {
        try {
            PostgresServer server = PostgresServer.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-stack-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL", e);
        }
    }

    private static KafkaBroker startKafka() {
        try {
            KafkaBroker broker = new KafkaBroker(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-stack-kafka-stop"));
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fromOwner(String accessor) {
        try {
            return (Map<String, Object>) OWNER.getMethod(accessor).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not reach the test stack of the system class loader", e);
        }
    }

    /** This class as the system class loader has it, or this copy where that one cannot see it. */
    private static Class<?> ownerClass() {
        try {
            return Class.forName(TestStack.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            return TestStack.class; // e.g. Quarkus dev mode, whose system class path is only its launcher
        }
    }
}
