package com.discomcare.complaint.directory;

import com.discomcare.complaint.config.ComplaintServiceConfig;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.json.DataFile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sample consumers for a local run ({@code CONSUMER_DIRECTORY_SEED}, e.g. the module's
 * {@code src/main/resources/consumer-directory-seed.json}; none without it), loaded at every start before the
 * service runs. Idempotent: a consumer the directory has (seeded before, or released since) is left as it is. A broken
 * file stops the service with every mistake named.
 */
@ApplicationScoped
public class ConsumerDirectorySeed {

    private static final Logger LOG = Logger.getLogger(ConsumerDirectorySeed.class);
    private static final Pattern CONSUMER_NUMBER = Pattern.compile("^8[0-9]{9}$");
    private static final Pattern MOBILE = Pattern.compile("^[6-9][0-9]{9}$");

    record Document(List<DirectoryEntry> consumers) {
    }

    private static final DataFile<Document> FILE = DataFile.named("consumer directory seed", Document.class);

    private final ConsumerDirectory directory;
    private final ComplaintServiceConfig config;

    @Inject
    public ConsumerDirectorySeed(ConsumerDirectory directory, ComplaintServiceConfig config) {
        this.directory = directory;
        this.config = config;
    }

    public void load() {
        config.consumerDirectorySeed().ifPresent(file -> {
            List<DirectoryEntry> consumers = read(file);
            Instant now = Instant.now();
            long added = QuarkusTransaction.requiringNew().call(() ->
                    consumers.stream().filter(consumer -> directory.putIfAbsent(consumer, now)).count());
            LOG.infof("consumer directory: %d of %d sample consumers from %s added", added, consumers.size(), file);
        });
    }

    static List<DirectoryEntry> read(Path file) {
        return FILE.read(file, ConsumerDirectorySeed::build);
    }

    static List<DirectoryEntry> parse(InputStream in, String source) {
        return FILE.read(in, source, ConsumerDirectorySeed::build);
    }

    private static List<DirectoryEntry> build(Document document, String source) {
        List<DirectoryEntry> consumers = document.consumers() == null ? List.of() : document.consumers();
        List<String> problems = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (DirectoryEntry c : consumers) {
            String where = "consumer " + c.consumerNumber();
            if (c.consumerNumber() == null || !CONSUMER_NUMBER.matcher(c.consumerNumber()).matches()) {
                problems.add(where + ": the consumer number must be 10 digits starting with 8");
            } else if (!numbers.add(c.consumerNumber())) {
                problems.add(where + ": listed twice");
            }
            if (blank(c.name()) || blank(c.district())) {
                problems.add(where + ": name and district are required");
            }
            if (c.phone() == null || !MOBILE.matcher(c.phone()).matches()) {
                problems.add(where + ": phone must be a 10-digit mobile number starting with 6-9");
            }
            if (c.areaType() == null || c.category() == null || c.loadUnit() == null) {
                problems.add(where + ": areaType, category and loadUnit are required");
            }
            if (c.load() == null || c.load().signum() <= 0) {
                problems.add(where + ": load must be positive");
            }
            Officer rm = c.relationshipManager();
            if (rm != null && (blank(rm.id()) || blank(rm.name()) || rm.phone() == null
                    || !MOBILE.matcher(rm.phone()).matches())) {
                problems.add(where + ": the relationship manager needs an id, a name and a mobile number");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
        }
        return consumers;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
