package com.discomcare.localstack;

import com.discomcare.localstack.tokens.TestTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * For tests: a service as a real operating-system process, from its packaged jar, as an operator runs it. It
 * listens on a free port of its own; its output goes to {@code target/it-logs/<name>.log} of the calling module.
 * It trusts the tests' own tokens ({@link TestTokens#TRUST}) unless the environment names an identity provider
 * ({@code OIDC_AUTH_SERVER_URL}, e.g. a {@link KeycloakServer}).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    /** {@code jar}: the service's {@code target/quarkus-app/quarkus-run.jar}, built by {@code ./mvnw verify}. */
    public ServiceProcess(String name, Path jar, Map<String, String> environment) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the integration tests with ./mvnw verify");
        }
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the process and waits until its readiness check answers 200. */
    public ServiceProcess start() throws IOException, InterruptedException {
        Path log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-Ddisable-axoniq-console-message=true",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (!environment.containsKey("OIDC_AUTH_SERVER_URL")) {
            builder.environment().putAll(TestTokens.TRUST);
        }
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", String.valueOf(port));
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** As {@code kill -9}: no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
