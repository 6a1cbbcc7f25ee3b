import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Benchmark, not a test: the highest rate of complaint registrations the stack sustains, where "sustains" means that
 * every asynchronous consumer keeps up (see {@link ConsumerLag}) and the service answers every request, in time.
 *
 * <p>Open loop: requests go out on a fixed schedule (one every 1/rate s, after a linear ramp from 0), whether or not
 * the earlier ones have been answered, each on a virtual thread of its own with a kept-alive connection from a pool.
 * Latency is measured from the scheduled send time, so a stalled service shows as latency instead of fewer
 * requests (no coordinated omission).
 *
 * <p>A probe at rate R: a ramp from 0 to R over {@code --ramp} s, then a window of {@code --window} s at R. It passes
 * when, throughout the window, every consumer's lag (sampled every {@code --sample} s) stays under
 * {@code --lag-limit} s, every request of the ramp and the window got 201 Created, and every request of the window
 * was answered within the lag limit of its scheduled time. A probe fails as soon as one of these breaks. After each
 * probe the consumers drain to 0 before the next.
 *
 * <p>Search: from {@code --min}, doubling the rate while probes pass (up to {@code --max}); after the first failure,
 * bisecting between the highest pass and the lowest failure until they are {@code --resolution} apart. Requests
 * are signed in as RegisterComplaints' are ({@code --token-url}, {@code --user}, {@code --password}). The last
 * line is {@code RESULT key=value ...} for bin/benchmark, which compiles this with RegisterComplaints.java and
 * ConsumerLag.java (see its --help and docs/benchmarks.md).
 */
public final class SustainedRate {

    private final ConsumerLag lag;
    private final URI target;
    private final String client;
    private final HttpClient shared;
    private final Duration timeout;
    private final double lagLimit;
    private final Duration sample;
    private final Duration progress;
    private final int maxInFlight;
    private final RegisterComplaints.AccessToken token;
    private final String runId = RegisterComplaints.runId();
    private final AtomicLong sequence = new AtomicLong();
    /** Idle kept-alive connections, last returned first, so that as few as needed stay open. */
    private final ConcurrentLinkedDeque<RegisterComplaints.Transport> idle = new ConcurrentLinkedDeque<>();

    private SustainedRate(ConsumerLag lag, Map<String, String> options) {
        this.lag = lag;
        this.target = URI.create(RegisterComplaints.stripSlash(options.getOrDefault("url", "http://localhost:8081"))
                + RegisterComplaints.PATH);
        this.client = options.getOrDefault("client", "raw");
        this.timeout = Duration.ofSeconds(30);
        this.shared = client.equals("jdk") ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build() : null;
        this.lagLimit = Double.parseDouble(options.getOrDefault("lag-limit", "5"));
        this.sample = seconds(options.getOrDefault("sample", "1"));
        this.progress = seconds(options.getOrDefault("progress", "10"));
        this.maxInFlight = Integer.parseInt(options.getOrDefault("max-in-flight", "2000"));
        String user = options.getOrDefault("user", RegisterComplaints.DEFAULT_USER);
        this.token = new RegisterComplaints.AccessToken(
                options.getOrDefault("token-url", RegisterComplaints.DEFAULT_TOKEN_URL), user,
                options.getOrDefault("password", RegisterComplaints.demoPassword(user)));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ConsumerLag.options(args);
        int min = Integer.parseInt(options.getOrDefault("min", "100"));
        int max = Integer.parseInt(options.getOrDefault("max", "2000"));
        int resolution = Integer.parseInt(options.getOrDefault("resolution", "50"));
        Duration ramp = seconds(options.getOrDefault("ramp", "10"));
        Duration window = seconds(options.getOrDefault("window", "60"));
        Duration warmup = seconds(options.getOrDefault("warmup", "0"));
        int warmupRate = Integer.parseInt(options.getOrDefault("warmup-rate", "300"));
        Duration drainTimeout = seconds(options.getOrDefault("drain-timeout", "300"));
        if (min < 1 || max < min || resolution < 1 || window.isZero()) {
            throw new IllegalArgumentException("Need 1 <= min <= max, resolution >= 1 and a window > 0");
        }
        try (ConsumerLag lag = new ConsumerLag(options)) {
            SustainedRate bench = new SustainedRate(lag, options);
            RegisterComplaints.preflight(bench.transport(), bench.target, bench.runId);
            System.out.println("Consumers watched: " + String.join(" ", lag.consumers()));
            if (bench.drain(drainTimeout) && bench.warmUp(warmup, warmupRate, drainTimeout)) {
                bench.search(min, max, resolution, ramp, window, drainTimeout);
            } else {
                System.out.println("RESULT sustained=0 bound=none status=not-drained");
            }
        }
        System.exit(0); // idle pooled sockets and HttpClient threads hold nothing worth waiting for
    }

    /** Load at a fixed rate, not judged, so that the JIT has compiled the hot paths before the first probe. */
    private boolean warmUp(Duration warmup, int rate, Duration drainTimeout) throws Exception {
        if (warmup.isZero()) {
            return true;
        }
        System.out.printf(Locale.ROOT, "%n== Warm-up: %d registrations/s for %d s (not judged) ==%n", rate,
                warmup.toSeconds());
        Duration ramp = Duration.ofSeconds(Math.min(10, warmup.toSeconds() / 2));
        System.out.println("  " + run(rate, ramp, warmup.minus(ramp), false).summary());
        return drain(drainTimeout);
    }

    private void search(int min, int max, int resolution, Duration ramp, Duration window, Duration drainTimeout)
            throws Exception {
        List<Probe> probes = new ArrayList<>();
        Integer highestPass = null;
        Integer lowestFail = null;
        int rate = min;
        String status = "done";
        while (true) {
            System.out.printf(Locale.ROOT, "%n== Probe %d: %d registrations/s (ramp %d s, window %d s, lag limit %.1f s) ==%n",
                    probes.size() + 1, rate, ramp.toSeconds(), window.toSeconds(), lagLimit);
            Probe probe = run(rate, ramp, window, true);
            probes.add(probe);
            System.out.println("  " + (probe.passed() ? "PASS  " : "FAIL  ") + probe.summary());
            if (probe.passed()) {
                highestPass = rate;
            } else {
                lowestFail = rate;
            }
            if (!drain(drainTimeout)) {
                status = "not-drained";
                break;
            }
            Integer next = nextRate(min, max, resolution, highestPass, lowestFail);
            if (next == null) {
                break;
            }
            rate = next;
        }
        report(probes, min, max, window, highestPass, lowestFail, status);
    }

    /** Doubling while probes pass, then bisecting; null when the search is over. */
    static Integer nextRate(int min, int max, int resolution, Integer highestPass, Integer lowestFail) {
        if (lowestFail == null) {
            return highestPass >= max ? null : Math.min(max, highestPass * 2);
        }
        if (highestPass == null || lowestFail - highestPass <= resolution) {
            return null;
        }
        return (highestPass + lowestFail) / 2;
    }

    private void report(List<Probe> probes, int min, int max, Duration window, Integer highestPass, Integer lowestFail,
                        String status) {
        System.out.printf(Locale.ROOT, "%n== Probes: %d s windows, lag limit %.1f s ==%n", window.toSeconds(), lagLimit);
        System.out.printf(Locale.ROOT, "  %8s  %-6s %10s %9s %9s %9s   %s%n", "rate/s", "result", "answered/s",
                "p50 ms", "p99 ms", "max ms", "highest lag in the window (s), per consumer");
        for (Probe probe : probes) {
            System.out.printf(Locale.ROOT, "  %8d  %-6s %10.1f %9.1f %9.1f %9.1f   %s%n", probe.rate, probe.passed() ? "pass" : "FAIL",
                    probe.answeredPerSecond(), probe.latencyMs(0.50), probe.latencyMs(0.99), probe.latencyMs(1.0),
                    probe.maxLags());
            if (!probe.passed()) {
                System.out.println("            " + probe.failure);
            }
        }
        String verdict;
        String bound;
        if (highestPass == null) {
            verdict = String.format(Locale.ROOT, "below %d registrations/s: even the lowest probe failed", min);
            bound = "below";
        } else if (lowestFail == null) {
            verdict = String.format(Locale.ROOT, "at least %d registrations/s (the upper bound passed)", max);
            bound = "at-least";
        } else {
            verdict = String.format(Locale.ROOT, "%d registrations/s (%d/s failed)", highestPass, lowestFail);
            bound = "between";
        }
        if (!status.equals("done")) {
            verdict += "; the search stopped early: the consumers did not drain after a probe";
        }
        System.out.printf(Locale.ROOT, "%nHighest sustained rate: %s.%n", verdict);
        System.out.printf(Locale.ROOT, "RESULT sustained=%d bound=%s lowest_fail=%s window_s=%d lag_limit_s=%.1f probes=%d status=%s%n",
                highestPass == null ? 0 : highestPass, bound, lowestFail == null ? "none" : lowestFail,
                window.toSeconds(), lagLimit, probes.size(), status);
    }

    /** Waits until every consumer has caught up; false when it did not within the timeout. */
    private boolean drain(Duration drainTimeout) throws Exception {
        boolean drained = ConsumerLag.catchUp(lag, drainTimeout, Duration.ofSeconds(1), "  drain: ");
        if (!drained) {
            System.out.println("The consumers did not catch up: a further probe would start behind. Stopping.");
        }
        return drained;
    }

    // --- One open-loop run -----------------------------------------------------------------------------------------

    private Probe run(int rate, Duration ramp, Duration window, boolean judged) throws Exception {
        Probe probe = new Probe(rate, lag.consumers());
        double rampSeconds = ramp.toNanos() / 1e9;
        long rampRequests = Math.round(rate * rampSeconds / 2);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        probe.windowFrom = start + ramp.toNanos();
        probe.windowUntil = probe.windowFrom + window.toNanos();
        Semaphore inFlight = new Semaphore(maxInFlight);
        Thread sampler = Thread.ofPlatform().name("lag-sampler").daemon(true)
                .start(() -> sampleLags(probe, judged, start));
        for (long i = 0; ; i++) {
            // Linear ramp: the i-th request at sqrt(2 T i / R), then one every 1/R s.
            double at = i < rampRequests ? Math.sqrt(2 * rampSeconds * i / rate) : rampSeconds + (double) (i - rampRequests) / rate;
            long scheduled = start + (long) (at * 1e9);
            if (scheduled >= probe.windowUntil || probe.failure != null) {
                break;
            }
            RegisterComplaints.sleepUntil(scheduled);
            if (!inFlight.tryAcquire(Math.max(0, probe.windowUntil - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                probe.fail(maxInFlight + " requests in flight: the service has stalled");
                break;
            }
            long late = System.nanoTime() - scheduled;
            if (judged && late > lagLimit * 1e9) {
                probe.fail(String.format(Locale.ROOT, "requests went out %.1f s after their time (%d in flight)", late / 1e9,
                        maxInFlight - inFlight.availablePermits()));
            }
            probe.sent.increment();
            String consumerNumber = runId + "-" + Long.toString(sequence.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
            Thread.ofVirtual().start(() -> {
                try {
                    send(probe, consumerNumber, scheduled, judged);
                } finally {
                    inFlight.release();
                }
            });
        }
        probe.stoppedAt = System.nanoTime();
        if (!inFlight.tryAcquire(maxInFlight, timeout.plusSeconds(5).toNanos(), TimeUnit.NANOSECONDS)) {
            probe.fail("requests still unanswered " + timeout.plusSeconds(5).toSeconds() + " s after the last was sent");
        }
        sampler.join();
        return probe;
    }

    private void send(Probe probe, String consumerNumber, long scheduled, boolean judged) {
        RegisterComplaints.Transport transport = idle.pollFirst();
        if (transport == null) {
            transport = transport();
        }
        String failure;
        try {
            RegisterComplaints.Reply reply = transport.register(consumerNumber);
            failure = reply.status() == 201 ? null
                    : "HTTP " + reply.status() + ": " + RegisterComplaints.truncate(reply.body(), 200);
        } catch (Exception e) {
            failure = e.toString();
        } finally {
            idle.offerFirst(transport);
        }
        long latency = System.nanoTime() - scheduled;
        if (failure != null) {
            probe.error(failure);
            if (judged) {
                probe.fail("the service did not register a complaint: " + failure);
            }
            return;
        }
        if (scheduled >= probe.windowFrom) {
            probe.record(latency);
            if (judged && latency > lagLimit * 1e9) {
                probe.fail(String.format(Locale.ROOT, "a registration was answered %.1f s after its scheduled time",
                        latency / 1e9));
            }
        }
    }

    private RegisterComplaints.Transport transport() {
        return RegisterComplaints.transport(client, shared, target, timeout, token);
    }

    /**
     * Samples every consumer's lag during the window, fails the probe when one reaches the limit, prints progress.
     * Returns by itself when the window ends or the sending stops (not interrupted: that would break a Kafka call).
     */
    private void sampleLags(Probe probe, boolean judged, long start) {
        long nextSample = probe.windowFrom;
        long nextProgress = start + progress.toNanos();
        long sentAtLastProgress = 0;
        long lastProgress = start;
        List<ConsumerLag.Lag> lastLags = null;
        while (true) {
            long now = System.nanoTime();
            if (now >= Math.min(probe.stoppedAt, probe.windowUntil)) {
                return;
            }
            long wakeUp = Math.min(nextSample, nextProgress);
            if (now < wakeUp) {
                LockSupport.parkNanos(Math.min(wakeUp - now, TimeUnit.MILLISECONDS.toNanos(100)));
                continue;
            }
            if (now >= nextSample) {
                nextSample += sample.toNanos();
                try {
                    lastLags = lag.sample();
                } catch (Exception e) {
                    probe.fail("could not measure the lag: " + e);
                    return;
                }
                for (ConsumerLag.Lag one : lastLags) {
                    probe.maxLag.merge(one.consumer(), one.seconds(), Math::max);
                    if (judged && one.seconds() >= lagLimit) {
                        probe.fail(String.format(Locale.ROOT, "%s fell %.1f s behind, %.0f s into the window",
                                one.consumer(), one.seconds(), (System.nanoTime() - probe.windowFrom) / 1e9));
                    }
                }
            }
            if (now >= nextProgress) {
                now = System.nanoTime(); // sampling takes a while
                long sent = probe.sent.sum();
                System.out.printf(Locale.ROOT, "  [%3.0f s] sent %6.1f/s  %s%n", (now - start) / 1e9,
                        (sent - sentAtLastProgress) / ((now - lastProgress) / 1e9),
                        lastLags == null ? "(ramp: lag not sampled yet)" : "lag " + ConsumerLag.describe(lastLags));
                sentAtLastProgress = sent;
                lastProgress = now;
                nextProgress += progress.toNanos();
            }
        }
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** What one run measured; written by the sender threads and the sampler, read after the run. */
    private static final class Probe {
        final int rate;
        final List<String> consumers;
        final LongAdder sent = new LongAdder();
        final LongAdder errors = new LongAdder();
        final Map<String, Double> maxLag = new ConcurrentHashMap<>();
        volatile long windowFrom;
        volatile long windowUntil;
        volatile long stoppedAt = Long.MAX_VALUE;
        volatile String failure;
        volatile String firstError;
        /** Latencies (ns from the scheduled time) of the window's 201s. */
        private long[] latencies = new long[1 << 16];
        private int count;

        Probe(int rate, List<String> consumers) {
            this.rate = rate;
            this.consumers = consumers;
        }

        synchronized void error(String what) {
            errors.increment();
            if (firstError == null) {
                firstError = what;
            }
        }

        synchronized void fail(String reason) {
            if (failure == null) {
                failure = reason;
            }
        }

        boolean passed() {
            return failure == null;
        }

        synchronized void record(long latencyNanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latencyNanos;
        }

        /** 201s of the window per second of the window that ran (a failed probe stops early). */
        synchronized double answeredPerSecond() {
            double ran = (Math.min(stoppedAt, windowUntil) - windowFrom) / 1e9;
            return ran <= 0 ? 0 : count / ran;
        }

        /** The nearest-rank quantile of the window's latencies, in ms; 1.0 gives the maximum. */
        synchronized double latencyMs(double quantile) {
            if (count == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(quantile * count);
            return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
        }

        String maxLags() {
            return consumers.stream().filter(maxLag::containsKey)
                    .map(consumer -> String.format(Locale.ROOT, "%s %.1f", consumer, maxLag.get(consumer)))
                    .collect(Collectors.joining("  "));
        }

        String summary() {
            return String.format(Locale.ROOT, "%d/s: %,d sent, %,d errors; window: %.1f answered/s, latency from the "
                            + "scheduled time p50 %.1f ms, p99 %.1f ms, max %.1f ms; highest lag: %s%s", rate, sent.sum(),
                    errors.sum(), answeredPerSecond(), latencyMs(0.50), latencyMs(0.99), latencyMs(1.0),
                    maxLag.isEmpty() ? "not sampled" : maxLags(), failure != null ? "\n        " + failure
                            : firstError != null ? "\n        first error: " + firstError : "");
        }
    }
}
