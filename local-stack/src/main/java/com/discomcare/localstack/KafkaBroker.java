package com.discomcare.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaRaftServer;
import kafka.server.Server;
import kafka.tools.StorageTool;

/**
 * A real Kafka broker in this JVM: one KRaft node that is broker and controller. Its ports and log directory
 * are fixed when it is made, so it can be stopped and started again on the same address with its data, as
 * a client sees a broker that went down and came back.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private final int port;
    private final Path logDir;
    // This broker's lifecycle as JDK types: its own Node's, or those of a broker that another class
    // loader's copy of this class runs (see TestStack).
    private final Runnable starter;
    private final Runnable stopper;
    private final BooleanSupplier running;
    private final Runnable closer;

    /**
     * @param port   the client port on 127.0.0.1; 0 picks a free one now, kept across restarts
     * @param logDir where the log is kept between runs (formatted on first start); {@code null} for a
     *               temporary one, deleted by {@link #close()}
     */
    public KafkaBroker(int port, Path logDir) throws IOException {
        this(new Node(port == 0 ? freePort() : port, logDir));
    }

    private KafkaBroker(Node node) {
        this(node.port, node.logDir, node::start, node::stop, node::isRunning, node::close);
    }

    private KafkaBroker(int port, Path logDir, Runnable starter, Runnable stopper, BooleanSupplier running,
                        Runnable closer) {
        this.port = port;
        this.logDir = logDir;
        this.starter = starter;
        this.stopper = stopper;
        this.running = running;
        this.closer = closer;
    }

    /** Starts the broker unless it runs; returns once it serves clients. */
    public void start() {
        starter.run();
    }

    /** Controlled shutdown; {@link #start()} brings it back on the same port with the same log. */
    public void stop() {
        stopper.run();
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Creates the topics that do not exist yet, with the broker's default partition count. */
    public void createTopics(String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + created.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + Arrays.toString(names), e);
        }
    }

    /** Stops the broker for good; a temporary log directory is deleted. */
    @Override
    public void close() {
        closer.run();
    }

    /** This broker as JDK types, for {@link #fromJdkTypes} in another class loader. */
    Map<String, Object> toJdkTypes() {
        return Map.of("port", port, "logDir", logDir, "start", starter, "stop", stopper, "running", running,
                "close", closer);
    }

    static KafkaBroker fromJdkTypes(Map<String, Object> broker) {
        return new KafkaBroker((Integer) broker.get("port"), (Path) broker.get("logDir"),
                (Runnable) broker.get("start"), (Runnable) broker.get("stop"),
                (BooleanSupplier) broker.get("running"), (Runnable) broker.get("close"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The KRaft server, broker and controller in one, on ports and a log directory fixed for its life. */
    private static final class Node {

        private final int port;
        private final int controllerPort;
        private final Path logDir;
        private final boolean temporaryLogDir;
        private Server server;

        Node(int port, Path logDir) throws IOException {
            this.port = port;
            int controller = freePort();
            while (controller == port) { // the client port's socket was closed a moment ago: the OS may offer it again
                controller = freePort();
            }
            this.controllerPort = controller;
            this.temporaryLogDir = logDir == null;
            this.logDir = temporaryLogDir ? Files.createTempDirectory("kafka-") : logDir.toAbsolutePath();
        }

        synchronized void start() {
            if (server == null) {
                withKafkaClassLoader(this::startServer);
            }
        }

        synchronized void stop() {
            if (server != null) {
                withKafkaClassLoader(() -> {
                    server.shutdown();
                    server.awaitShutdown();
                });
                server = null;
            }
        }

        synchronized boolean isRunning() {
            return server != null;
        }

        synchronized void close() {
            stop();
            if (temporaryLogDir) {
                deleteRecursively(logDir);
            }
        }

        private void startServer() {
            long started = System.nanoTime();
            Properties config = config();
            formatIfNeeded(config);
            Server created = newServer(config);
            // Returns once the broker is registered and unfenced, i.e. serving clients; shuts down if it fails
            created.startup();
            server = created;
            LOG.info("Kafka broker started on 127.0.0.1:{} in {} ms", port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }

        /**
         * Kafka loads the classes named in its config through the thread's context class loader, and the
         * threads it starts inherit it: make that Kafka's own, which a test framework's may not be.
         */
        private static void withKafkaClassLoader(Runnable action) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Node.class.getClassLoader());
            try {
                action.run();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        private Properties config() {
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("log.dirs", logDir.toString());
            p.put("auto.create.topics.enable", "true");
            p.put("num.partitions", "3");
            // One broker: internal topics wanting more replicas get no leader, and consumers no coordinator
            p.put("offsets.topic.replication.factor", "1");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            // Fewer internal partitions than the default 50: a quicker first group join and transaction
            p.put("offsets.topic.num.partitions", "5");
            p.put("transaction.state.log.num.partitions", "5");
            p.put("group.initial.rebalance.delay.ms", "0");
            return p;
        }

        /** Formats the log directory on first use only, so that a restart keeps the cluster and its records. */
        private void formatIfNeeded(Properties config) {
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            try {
                Files.createDirectories(logDir);
                Path file = Files.createTempFile("kafka-server-", ".properties");
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                int exit;
                try {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        config.store(out, null);
                    }
                    exit = StorageTool.execute(
                            new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()},
                            new PrintStream(output, true, StandardCharsets.UTF_8));
                } finally {
                    Files.delete(file);
                }
                if (exit != 0) {
                    throw new IllegalStateException("Formatting " + logDir + " failed: "
                            + output.toString(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * KafkaConfig's supertypes live in kafka-server, which kafka_2.13 brings at runtime scope only and the
         * BOM does not manage: reflection spares pinning a second Kafka version here that could drift.
         */
        private static Server newServer(Properties config) {
            try {
                Class<?> configClass = Class.forName("kafka.server.KafkaConfig");
                Object kafkaConfig = configClass.getMethod("fromProps", Properties.class, boolean.class)
                        .invoke(null, config, false);
                return KafkaRaftServer.class.getConstructor(configClass, Time.class)
                        .newInstance(kafkaConfig, Time.SYSTEM);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException("Could not create the Kafka server", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not create the Kafka server", e);
            }
        }

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warn("Could not delete {}", dir, e);
            }
        }
    }
}
