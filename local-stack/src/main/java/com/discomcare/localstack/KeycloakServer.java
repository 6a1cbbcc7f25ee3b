package com.discomcare.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak from its Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}, zip), as a child
 * process ({@code bin/kc.sh start-dev}) on this JVM's JDK, with its database on a PostgreSQL and the realm
 * {@value #REALM} imported from {@code deploy/keycloak/discom-care-realm.json}. The build of this module puts the
 * zip into the local Maven repository; the first start unpacks it below a work directory of the caller's, where
 * Keycloak also keeps its files ({@code data/}). Used by {@code ./bin/run-local} (through {@link LocalStack}) and by
 * the system test that signs in with passwords.
 * <p>
 * A realm that already exists in the database is left as it is ({@code --import-realm} skips it): a changed realm
 * file takes effect on a fresh database.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "discom-care";
    /** The public client with direct access grants that {@code bin/token} and the tests sign in through. */
    public static final String CLI_CLIENT = "discom-care-cli";
    /** The realm file, relative to the repository's root. */
    public static final Path REALM_FILE = Path.of("deploy/keycloak/discom-care-realm.json");
    /** The master realm's administrator, created on Keycloak's first start: a documented demo secret. */
    public static final String BOOTSTRAP_ADMIN = "admin";

    /** A cold start-dev on two shared cores re-augments first; about 35 s on a quiet machine. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Keycloak's own database. */
    public record Database(String jdbcUrl, String user, String password) {
    }

    private KeycloakServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** {@link #launch} and {@link #awaitReady}. */
    public static KeycloakServer start(Path workDirectory, int port, Database database, Path log)
            throws IOException, InterruptedException {
        return launch(workDirectory, port, database, log).awaitReady();
    }

    /**
     * Starts Keycloak on {@code port} (0 = a free one) without waiting for it: the distribution is unpacked into
     * {@code workDirectory} unless it is there already, the realm file is put where {@code --import-realm} reads
     * it, and Keycloak's output goes to {@code log}.
     */
    public static KeycloakServer launch(Path workDirectory, int port, Database database, Path log) throws IOException {
        int httpPort = port == 0 ? freePort() : requireFree(port);
        Path home = unpacked(workDirectory.toAbsolutePath().normalize());
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile(), imports.resolve(REALM_FILE.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.toAbsolutePath().getParent());

        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home")); // the JDK this runs on (21 or newer)
        // jboss-threads resets thread locals on JDK 24+ only with this; without it Keycloak logs errors as it stops
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("KC_HTTP_PORT", String.valueOf(httpPort));
        // Not served in start-dev without health or metrics, but never let a taken default (9000) stop the start
        env.put("KC_HTTP_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", database.jdbcUrl());
        env.put("KC_DB_USERNAME", database.user());
        env.put("KC_DB_PASSWORD", database.password() == null ? "" : database.password());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN);
        return new KeycloakServer(httpPort, builder.start(), log);
    }

    /** Waits until the realm answers (its OpenID configuration); fails early if Keycloak exits. */
    public KeycloakServer awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest configuration = HttpRequest.newBuilder(
                URI.create(realmUrl() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(configuration, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + READY_TIMEOUT
                + "; see " + log);
    }

    public int port() {
        return port;
    }

    /** The realm's issuer URL, as the services take it ({@code OIDC_AUTH_SERVER_URL}). */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** Signs in as a user of the realm with a password (through {@value #CLI_CLIENT}) and returns the access token. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + CLI_CLIENT + "&username=" + urlEncoded(username)
                + "&password=" + urlEncoded(password);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak refused to sign in " + username + ": HTTP "
                    + response.statusCode() + " " + body.path("error_description").asText(body.toString()));
        }
        return body.get("access_token").asText();
    }

    /** Stops Keycloak and whatever kc.sh started (the build step's JVM too, if it still runs). */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    /** One demo user of the realm file, as {@code ./bin/run-local} lists them. */
    public record DemoUser(String username, String password, List<String> roles, String officerId,
                           List<String> districts) {
    }

    /** The realm file's users that sign in with a password. */
    public static List<DemoUser> demoUsers() {
        try {
            List<DemoUser> users = new ArrayList<>();
            for (JsonNode user : JSON.readTree(realmFile().toFile()).path("users")) {
                JsonNode password = user.path("credentials").path(0).path("value");
                if (password.isMissingNode()) {
                    continue; // a service account
                }
                JsonNode attributes = user.path("attributes");
                users.add(new DemoUser(user.path("username").asText(), password.asText(),
                        texts(user.path("realmRoles")), attributes.path("officer_id").path(0).asText(""),
                        texts(attributes.path("district"))));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + realmFile(), e);
        }
    }

    /** {@link #REALM_FILE}, looked up from the working directory upwards (the repository root or a module). */
    public static Path realmFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
                return dir.resolve(REALM_FILE);
            }
        }
        throw new IllegalStateException(REALM_FILE + " not found in " + Path.of("").toAbsolutePath()
                + " or a directory above it");
    }

    /** The unpacked distribution below {@code workDirectory}; unpacked there first if it is not yet. */
    private static Path unpacked(Path workDirectory) throws IOException {
        Distribution distribution = Distribution.built();
        Path home = workDirectory.resolve("keycloak-" + distribution.version());
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (!Files.isRegularFile(distribution.zip())) {
            throw new IllegalStateException(distribution.zip() + " is missing: build local-stack "
                    + "(./mvnw -pl local-stack install), which downloads the Keycloak distribution");
        }
        // Unpacked next to its final place and moved there whole: an interrupted unpack is never taken for a home
        Path staging = Files.createDirectories(workDirectory.resolve("unpacking-" + UUID.randomUUID()));
        try {
            unzip(distribution.zip(), staging);
            try (Stream<Path> bin = Files.list(staging.resolve(home.getFileName()).resolve("bin"))) {
                for (Path script : bin.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.move(staging.resolve(home.getFileName()), home);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            // its copy is as good as ours
        } finally {
            deleteTree(staging);
        }
        return home;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the distribution's directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Where the build put the distribution: {@code keycloak-distribution.properties}, filtered by Maven. */
    private record Distribution(String version, Path zip) {
        static Distribution built() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak-distribution.properties")) {
                if (in == null) {
                    throw new IllegalStateException("keycloak-distribution.properties is missing from local-stack");
                }
                properties.load(in);
            }
            String version = properties.getProperty("version");
            Path zip = Path.of(properties.getProperty("repository"), "org", "keycloak", "keycloak-quarkus-dist",
                    version, "keycloak-quarkus-dist-" + version + ".zip");
            return new Distribution(version, zip);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int requireFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return port;
        } catch (java.net.BindException e) {
            throw new IOException("port " + port + " is already in use (a Keycloak left running?): stop it or "
                    + "choose another port (LOCAL_KEYCLOAK_PORT)", e);
        }
    }

    /** The demo users as lines of a table, for the console. */
    public static String demoUsersTable() {
        StringJoiner table = new StringJoiner("\n");
        table.add(String.format("  %-14s %-18s %-12s %-11s %s", "user", "password", "role", "officer id",
                "district(s)"));
        for (DemoUser user : demoUsers()) {
            table.add(String.format("  %-14s %-18s %-12s %-11s %s", user.username(), user.password(),
                    String.join(",", user.roles()), user.officerId(), String.join(", ", user.districts())));
        }
        return table.toString();
    }
}
