package com.discomcare.kit.processing;

import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The kit's operational components in a small application with Axon running: its own database, migrated with the
 * kit's own migrations only (not the consumer tests' tables), and the beans marked
 * {@code @IfBuildProfile(PROFILE)}.
 */
public class KitOperationsTestProfile implements QuarkusTestProfile {

    public static final String PROFILE = "kit-ops";

    @Override
    public String getConfigProfile() {
        return PROFILE;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // Not the "test" profile: it trusts the test tokens (as %test does) and contacts no identity provider.
        return Map.of("quarkus.flyway.locations", "db/kit", "service-kit.read-models.batch-size", "10",
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", TestTokens.TRUST.get("QUARKUS_OIDC_PUBLIC_KEY"),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestStack.class, Map.of("database", "service_kit_ops")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
