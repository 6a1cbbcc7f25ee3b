import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: registers complaints against a running complaint-service with a closed loop of N clients
 * (each sends one request, waits for the answer, sends the next) and prints throughput and latency percentiles.
 * No dependencies; run it from source with Java 21 or newer:
 *
 * <pre>
 *   java bench/RegisterComplaints.java --url http://localhost:8081 --concurrency 32 --duration 30s --warmup 5s
 * </pre>
 *
 * Every request carries a consumer number of its own, so each one is a new registration (201) and never a repeat
 * call on an open complaint (200). A request counts in the measurement when it starts after the warm-up and
 * completes before the end; 201s go into the latency histogram, other statuses and I/O errors are counted apart.
 * The last line of the report is {@code RESULT key=value ...} for scripts (see bin/benchmark).
 *
 * <p>{@code --count N} sends N registrations in all instead (after the first, see {@link #preflight}), without a
 * warm-up, and measures until the last is answered: bin/benchmark-escalation uses it to fill complaints.v1.
 *
 * <p>The services take only signed-in callers: every request carries {@code Authorization: Bearer} with an access token
 * that {@link AccessToken} gets from the realm's token endpoint ({@code --token-url}, by default the Keycloak of
 * ./bin/run-local) with a password grant as {@code --user} (default agent-0042, who may register in every district),
 * and gets anew before it expires, so that runs longer than a token's lifespan go on.
 *
 * <p>{@code --client jdk} (default) sends with java.net.http.HttpClient over HTTP/1.1. {@code --client raw} writes
 * the same HTTP/1.1 request on one kept-alive socket per client and reads the response by hand: it costs a fraction
 * of the CPU, which matters when the load generator shares a small machine with the service (docs/benchmarks.md).
 */
public final class RegisterComplaints {

    static final String PATH = "/api/v1/complaints";
    static final String DEFAULT_TOKEN_URL = "http://localhost:8180/realms/discom-care/protocol/openid-connect/token";
    static final String DEFAULT_USER = "agent-0042";
    private static final String BODY = """
            {"consumerNumber":"%s","name":"रमेश कुमार","phone":"+919876543210","category":"E1.1",\
            "areaType":"URBAN","district":"Gurugram","address":"Sector 43, House 118","description":"No supply since \
            the morning in the whole lane","channel":"CALL_CENTRE","language":"hi"}""";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        URI target = URI.create(stripSlash(options.url) + PATH);
        if (!"http".equals(target.getScheme()) || target.getHost() == null) {
            System.err.println("Expected an http:// URL, got " + options.url);
            System.exit(1);
        }
        HttpClient shared = options.client.equals("jdk") ? HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build() : null;
        // Unique per run and per request: letters, digits and a dash, at most 20 characters with the counter.
        String runId = runId();
        AtomicLong sequence = new AtomicLong();
        LongAdder created = new LongAdder();

        AccessToken token = new AccessToken(options.tokenUrl, options.user, options.password);
        preflight(transport(options, shared, target, token), target, runId);

        long startNanos = System.nanoTime();
        long measureFrom = startNanos + options.warmup.toNanos();
        long measureUntil = options.counted() ? Long.MAX_VALUE : measureFrom + options.duration.toNanos();
        long lastRequest = options.counted() ? options.count : Long.MAX_VALUE;
        Worker[] workers = new Worker[options.concurrency];
        CountDownLatch done = new CountDownLatch(options.concurrency);
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(transport(options, shared, target, token), runId, sequence, lastRequest, created,
                    measureFrom, measureUntil, done);
            Thread.ofPlatform().name("client-" + i).daemon(true).start(workers[i]);
        }
        System.out.printf(Locale.ROOT, "Registering complaints at %s with %d clients (%s client): %s...%n", target,
                options.concurrency, options.client, options.counted() ? options.count + " requests"
                        : human(options.warmup) + " warm-up, then " + human(options.duration) + " measured");
        if (!options.progress.isZero()) {
            Thread.ofPlatform().name("progress").daemon(true).start(() -> progress(options.progress, startNanos,
                    measureUntil, created));
        }
        if (options.counted()) {
            long cpuFrom = processCpuNanos();
            done.await();
            report(options, workers, (System.nanoTime() - startNanos) / 1e9, processCpuNanos() - cpuFrom);
            return;
        }
        sleepUntil(measureFrom);
        long cpuFrom = processCpuNanos();
        System.out.printf(Locale.ROOT, "Warm-up over (%d requests): measuring for %s...%n", sequence.get(),
                human(options.duration));
        sleepUntil(measureUntil);
        long cpuNanos = processCpuNanos() - cpuFrom;
        System.out.println("Measurement over: letting the requests in flight finish (not counted).");
        if (!done.await(options.timeout.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
            System.err.println("Some clients did not finish in time; reporting what completed.");
        }
        report(options, workers, options.duration.toNanos() / 1e9, cpuNanos);
    }

    /** Every interval, the rate of 201s over the last interval, warm-up included: shows the service warming up. */
    private static void progress(Duration interval, long startNanos, long until, LongAdder created) {
        long last = 0;
        for (long next = startNanos + interval.toNanos(); next <= until; next += interval.toNanos()) {
            try {
                sleepUntil(next);
            } catch (InterruptedException e) {
                return;
            }
            long now = created.sum();
            System.out.printf(Locale.ROOT, "  [%4d s] %8.1f registrations/s%n", (next - startNanos) / 1_000_000_000L,
                    (now - last) / (interval.toNanos() / 1e9));
            last = now;
        }
    }

    /** CPU time of this JVM (all threads), or -1 where the platform does not tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static Transport transport(Options options, HttpClient shared, URI target, AccessToken token) {
        return transport(options.client, shared, target, options.timeout, token);
    }

    /** A transport of kind {@code client} ("jdk" sends through {@code shared}, "raw" opens its own socket). */
    static Transport transport(String client, HttpClient shared, URI target, Duration timeout, AccessToken token) {
        return client.equals("jdk") ? new JdkTransport(shared, target, timeout, token)
                : new RawTransport(target, timeout, token);
    }

    /**
     * The {@code Authorization} header for every request: an access token from a password grant on the realm's
     * public client {@value #CLIENT_ID}, got anew a minute before it expires (the realm's tokens live 15 minutes).
     * One per run, shared by all clients; the token is never printed.
     */
    static final class AccessToken {
        static final String CLIENT_ID = "discom-care-cli";
        private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
        private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI tokenUrl;
        private final String form;
        private volatile String header;
        private volatile long renewAt;

        AccessToken(String tokenUrl, String user, String password) {
            this.tokenUrl = URI.create(tokenUrl);
            this.form = "grant_type=password&client_id=" + CLIENT_ID
                    + "&username=" + URLEncoder.encode(user.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        }

        /** "Bearer ...", signing in first when there is no token yet or it expires within a minute. */
        String header() throws IOException, InterruptedException {
            if (header == null || System.nanoTime() - renewAt >= 0) {
                renew();
            }
            return header;
        }

        private synchronized void renew() throws IOException, InterruptedException {
            if (header != null && System.nanoTime() - renewAt < 0) {
                return; // another client renewed it meanwhile
            }
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new IOException("no identity provider answers at " + tokenUrl + " (--token-url)", e);
            }
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            Matcher expiresIn = EXPIRES_IN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find() || !expiresIn.find()) {
                throw new IOException("the identity provider refused the sign-in: HTTP " + response.statusCode() + " "
                        + truncate(response.body(), 200));
            }
            long lifespan = Math.max(Long.parseLong(expiresIn.group(1)) - RENEW_BEFORE_EXPIRY.toSeconds(), 5);
            header = "Bearer " + token.group(1);
            renewAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(lifespan);
        }
    }

    /** A prefix for this run's consumer numbers: with "-" and a base-36 counter, at most 20 characters. */
    static String runId() {
        return "B" + Long.toString(System.currentTimeMillis() % 2_821_109_907_456L, 36).toUpperCase(Locale.ROOT);
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /**
     * One request before the clock starts, so a wrong URL or a rejected body fails fast with the reason. Its consumer
     * number ends in "-0": the load's count from 1, so none of them repeats it (a repeat would be answered 200).
     */
    static void preflight(Transport transport, URI target, String runId) {
        String consumerNumber = runId + "-0";
        try {
            Reply reply = transport.register(consumerNumber);
            if (reply.status() != 201) {
                System.err.printf("The first registration got %d instead of 201:%n%s%n", reply.status(), reply.body());
                System.exit(2);
            }
        } catch (ConnectException e) {
            System.err.println("Nothing answers at " + target + " (" + e + "). Start the service first: ./bin/run-local");
            System.exit(2);
        } catch (IOException | InterruptedException e) {
            System.err.println("The first registration failed: " + e);
            System.exit(2);
        } finally {
            transport.close();
        }
    }

    record Reply(int status, String body) {
    }

    /** Sends one registration and waits for the answer; one instance per client thread. */
    interface Transport {
        Reply register(String consumerNumber) throws IOException, InterruptedException;

        default void close() {
        }
    }

    /** java.net.http.HttpClient over HTTP/1.1; the client (and its connection pool) is shared by all threads. */
    private record JdkTransport(HttpClient client, URI target, Duration timeout, AccessToken token)
            implements Transport {
        @Override
        public Reply register(String consumerNumber) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", token.header())
                    .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(consumerNumber)))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        }
    }

    /** A minimal HTTP/1.1 client on one kept-alive socket: Content-Length or chunked responses, reconnects on error. */
    private static final class RawTransport implements Transport {
        private final String host;
        private final int port;
        private final String head;
        private final AccessToken token;
        private final int timeoutMillis;
        private Socket socket;
        private BufferedInputStream in;
        private OutputStream out;

        RawTransport(URI target, Duration timeout, AccessToken token) {
            this.host = target.getHost();
            this.port = target.getPort() < 0 ? 80 : target.getPort();
            this.head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: ";
            this.token = token;
            this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        }

        @Override
        public Reply register(String consumerNumber) throws IOException, InterruptedException {
            byte[] body = BODY.formatted(consumerNumber).getBytes(StandardCharsets.UTF_8);
            byte[] headers = (head + token.header() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = Arrays.copyOf(headers, headers.length + body.length);
            System.arraycopy(body, 0, request, headers.length, body.length);
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(host, port), 5_000);
                    socket.setSoTimeout(timeoutMillis);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Reply readResponse() throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                in.transferTo(body);
                closeAfter = true;
            }
            if (closeAfter) {
                close();
            }
            return new Reply(status, body.toString(StandardCharsets.UTF_8));
        }

        private void copy(long count, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            while (count > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, count));
                if (n < 0) {
                    throw new IOException("connection closed in the middle of a response");
                }
                to.write(buffer, 0, n);
                count -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    private static final class Worker implements Runnable {
        private final Transport transport;
        private final String runId;
        private final AtomicLong sequence;
        private final long lastRequest;
        private final LongAdder created;
        private final long measureFrom;
        private final long measureUntil;
        private final CountDownLatch done;
        /** Latencies in microseconds of measured 201 responses. */
        long[] latencies = new long[4096];
        int count;
        long warmupRequests;
        final Map<Integer, Long> otherStatuses = new TreeMap<>();
        final Map<String, Long> errors = new TreeMap<>();
        String firstUnexpected;

        Worker(Transport transport, String runId, AtomicLong sequence, long lastRequest, LongAdder created,
               long measureFrom, long measureUntil, CountDownLatch done) {
            this.transport = transport;
            this.runId = runId;
            this.sequence = sequence;
            this.lastRequest = lastRequest;
            this.created = created;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    long number = sequence.incrementAndGet();
                    String consumerNumber = runId + "-" + Long.toString(number, 36).toUpperCase(Locale.ROOT);
                    long start = System.nanoTime();
                    if (start >= measureUntil || number > lastRequest) {
                        return;
                    }
                    Reply reply = null;
                    String failure = null;
                    try {
                        reply = transport.register(consumerNumber);
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName();
                        if (firstUnexpected == null) {
                            firstUnexpected = e.toString();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long end = System.nanoTime();
                    if (reply != null && reply.status() == 201) {
                        created.increment();
                    }
                    if (start < measureFrom) {
                        warmupRequests++;
                        continue;
                    }
                    if (end > measureUntil) {
                        return; // finished after the measured window: not counted
                    }
                    if (failure != null) {
                        errors.merge(failure, 1L, Long::sum);
                    } else if (reply.status() != 201) {
                        otherStatuses.merge(reply.status(), 1L, Long::sum);
                        if (firstUnexpected == null) {
                            firstUnexpected = reply.status() + " " + reply.body();
                        }
                    } else {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = (end - start) / 1_000;
                    }
                }
            } finally {
                transport.close();
                done.countDown();
            }
        }
    }

    private static void report(Options options, Worker[] workers, double seconds, long cpuNanos) {
        int total = 0;
        for (Worker w : workers) {
            total += w.count;
        }
        long[] all = new long[total];
        int at = 0;
        long warmup = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        String unexpected = null;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, w.count);
            at += w.count;
            warmup += w.warmupRequests;
            w.otherStatuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            w.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            if (unexpected == null) {
                unexpected = w.firstUnexpected;
            }
        }
        Arrays.sort(all);
        long non201 = statuses.values().stream().mapToLong(Long::longValue).sum();
        long failed = errors.values().stream().mapToLong(Long::longValue).sum();
        double throughput = total / seconds;
        double mean = total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1000.0;
        double max = total == 0 ? 0 : all[total - 1] / 1000.0;

        System.out.println();
        System.out.printf(Locale.ROOT, "  concurrency       %d clients (closed loop, HTTP/1.1, %s client)%n",
                options.concurrency, options.client);
        System.out.printf(Locale.ROOT, "  duration          %.1f s measured (after %s warm-up, %d warm-up requests)%n",
                seconds, human(options.warmup), warmup);
        System.out.printf(Locale.ROOT, "  requests ok       %d (201 Created)%n", total);
        System.out.printf(Locale.ROOT, "  other statuses    %d %s%n", non201, statuses.isEmpty() ? "" : statuses);
        System.out.printf(Locale.ROOT, "  errors            %d %s%n", failed, errors.isEmpty() ? "" : errors);
        System.out.printf(Locale.ROOT, "  throughput        %.1f registrations/s%n", throughput);
        System.out.printf(Locale.ROOT, "  latency (ms)      mean %.2f  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                mean, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), max);
        double cpuSeconds = cpuNanos / 1e9;
        if (cpuNanos >= 0) {
            System.out.printf(Locale.ROOT, "  own CPU           %.1f s in the window: %.2f cores, %.3f ms per request%n",
                    cpuSeconds, cpuSeconds / seconds, total == 0 ? 0 : 1000 * cpuSeconds / total);
        }
        if (unexpected != null) {
            System.out.println("  first failure     " + truncate(unexpected, 300));
        }
        System.out.printf(Locale.ROOT,
                "RESULT concurrency=%d seconds=%.1f ok=%d non201=%d errors=%d throughput=%.1f mean_ms=%.2f "
                        + "p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f cpu_s=%.2f%n",
                options.concurrency, seconds, total, non201, failed, throughput, mean, ms(all, 0.50), ms(all, 0.95),
                ms(all, 0.99), max, cpuSeconds);
    }

    /** The nearest-rank percentile of sorted microseconds, in milliseconds. */
    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    static String truncate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }

    /** The demo realm's password rule (deploy/keycloak/discom-care-realm.json): the user name and "-demo". */
    static String demoPassword(String user) {
        return user.toLowerCase(Locale.ROOT) + "-demo";
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private record Options(String url, int concurrency, Duration duration, Duration warmup, Duration timeout,
                           String client, Duration progress, long count, String tokenUrl, String user,
                           String password) {

        boolean counted() {
            return count > 0;
        }

        static Options parse(String[] args) {
            String url = "http://localhost:8081";
            int concurrency = 32;
            Duration duration = Duration.ofSeconds(30);
            Duration warmup = Duration.ofSeconds(5);
            Duration timeout = Duration.ofSeconds(30);
            String client = "jdk";
            Duration progress = Duration.ZERO;
            long count = 0;
            String tokenUrl = DEFAULT_TOKEN_URL;
            String user = DEFAULT_USER;
            String password = null;
            boolean warmupGiven = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    usage(0);
                }
                String name = arg;
                String value;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    System.err.println("Missing value for " + arg);
                    usage(1);
                    return null;
                }
                try {
                    switch (name) {
                        case "--url" -> url = value;
                        case "--concurrency", "-c" -> concurrency = Integer.parseInt(value);
                        case "--duration", "-d" -> duration = duration(value);
                        case "--warmup", "-w" -> {
                            warmup = duration(value);
                            warmupGiven = true;
                        }
                        case "--count", "-n" -> count = Long.parseLong(value);
                        case "--timeout" -> timeout = duration(value);
                        case "--progress" -> progress = duration(value);
                        case "--token-url" -> tokenUrl = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--client" -> {
                            if (!value.equals("jdk") && !value.equals("raw")) {
                                throw new IllegalArgumentException(value);
                            }
                            client = value;
                        }
                        default -> {
                            System.err.println("Unknown option " + arg);
                            usage(1);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    System.err.println("Bad value for " + name + ": " + value);
                    usage(1);
                }
            }
            if (concurrency < 1 || duration.isZero() || duration.isNegative() || warmup.isNegative()
                    || timeout.isZero() || timeout.isNegative() || progress.isNegative() || count < 0) {
                System.err.println("Concurrency must be at least 1 and the durations and count positive.");
                usage(1);
            }
            if (count > 0 && warmupGiven) {
                System.err.println("--count runs without a warm-up: leave --warmup out.");
                usage(1);
            }
            return new Options(url, concurrency, duration, count > 0 ? Duration.ZERO : warmup, timeout, client,
                    progress, count, tokenUrl, user, password != null ? password : demoPassword(user));
        }

        /** 30s, 500ms, 2m, or a plain number of seconds. */
        static Duration duration(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        }

        static void usage(int status) {
            (status == 0 ? System.out : System.err).println("""
                    Usage: java bench/RegisterComplaints.java [--url http://localhost:8081] [--concurrency 32]
                               [--duration 30s] [--warmup 5s] [--timeout 30s] [--client jdk|raw]
                               [--progress 10s] [--count N] [--token-url URL] [--user agent-0042]
                               [--password agent-0042-demo]
                    Registers complaints (POST /api/v1/complaints, a new consumer number each) with N clients in a
                    closed loop and prints throughput and p50/p95/p99/max latency of the 201 responses.
                    --count N: send N requests (after a first one that checks the service), with no warm-up and
                    no --duration, and measure until the last is answered.
                    --client jdk: java.net.http.HttpClient (default); raw: a minimal HTTP/1.1 client on one socket
                    per client, which takes much less CPU from a machine the service shares.
                    --progress 10s: print the rate every 10 s, warm-up included (off by default).
                    --token-url: the realm's token endpoint (default: the Keycloak of ./bin/run-local); --user and
                    --password: who signs in (default agent-0042 and the demo rule's password, USER-demo).
                    """);
            System.exit(status);
        }
    }

    private RegisterComplaints() {
    }
}
