package com.discomcare.localstack.tokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens for tests, shaped like the realm's (Keycloak's {@code realm_access.roles}, the {@code officer_id},
 * {@code district} and {@code circle} claims) and signed with a test-only key whose public half the services trust
 * in their test profile ({@code %test.quarkus.oidc.public-key} in the kit's settings; a service started as a
 * process gets {@link #TRUST}). The key is in this repository on purpose and signs nothing else.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tests.discom-care.invalid/realms/discom-care";
    /** Environment that makes a service started as a process trust these tokens instead of an identity provider. */
    private static final PrivateKey KEY = privateKey();
    public static final Map<String, String> TRUST = Map.of(
            "QUARKUS_OIDC_PUBLIC_KEY", publicKeyOf(KEY),
            "QUARKUS_OIDC_TOKEN_ISSUER", ISSUER,
            // Empty, as in the kit's test profile: with a server URL quarkus-oidc ignores the public key.
            "QUARKUS_OIDC_AUTH_SERVER_URL", "");

    private TestTokens() {
    }

    /** A token for {@code officerId} (the roster's id, e.g. {@code CRO-GGN}); add roles, districts and so on. */
    public static Caller as(String officerId) {
        return new Caller(officerId);
    }

    /** One signed-in caller, built up and then {@link #token() signed}. */
    public static final class Caller {
        private final String officerId;
        private String name;
        private Set<String> roles = Set.of();
        private List<String> districts = List.of();
        private String circle;
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private PrivateKey key = KEY;

        private Caller(String officerId) {
            this.officerId = officerId;
            this.name = officerId;
        }

        public Caller named(String name) {
            this.name = name;
            return this;
        }

        public Caller roles(String... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        public Caller districts(String... districts) {
            this.districts = List.of(districts);
            return this;
        }

        public Caller circle(String circle) {
            this.circle = circle;
            return this;
        }

        /** A token from another issuer than the one the services trust. */
        public Caller issuedBy(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Caller expiredSince(Duration ago) {
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** Signed with a key the services do not know, as a forged token would be. */
        public Caller signedWithAnotherKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                this.key = generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** The signed access token (RS256), as for {@code Authorization: Bearer}. */
        public String token() {
            Instant issuedAt = expiresAt.minus(Duration.ofHours(1));
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject(UUID.nameUUIDFromBytes(officerId.getBytes(StandardCharsets.UTF_8)).toString())
                    .claim("preferred_username", officerId.toLowerCase())
                    .claim("officer_id", officerId)
                    .claim("name", name)
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                    .issuedAt(issuedAt)
                    .expiresAt(expiresAt);
            if (!districts.isEmpty()) {
                claims.claim("district", districts.size() == 1 ? districts.get(0) : districts);
            }
            if (circle != null) {
                claims.claim("circle", circle);
            }
            return claims.jws().keyId("tests").sign(key);
        }
    }

    private static PrivateKey privateKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-tokens/signing-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("test-tokens/signing-key.pem is missing from local-stack");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    /** The public half of the test key, as {@code quarkus.oidc.public-key} takes it. */
    private static String publicKeyOf(PrivateKey key) {
        try {
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return Base64.getEncoder().encodeToString(publicKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
