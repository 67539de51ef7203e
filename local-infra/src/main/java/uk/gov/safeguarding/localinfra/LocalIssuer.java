package uk.gov.safeguarding.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A token issuer for the local stack and the tests: an RSA key kept in a directory, its public half
 * published as a JWKS file the services verify against, exactly as they verify an Entra ID or
 * Keycloak issuer's keys in production.
 */
public final class LocalIssuer {

    public static final String ISSUER = "https://issuer.local.safeguarding-suite";
    public static final String AUDIENCE = "safeguarding-suite";
    private static final String KEY_ID = "local-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final Path jwksFile;

    private LocalIssuer(PrivateKey privateKey, Path jwksFile) {
        this.privateKey = privateKey;
        this.jwksFile = jwksFile;
    }

    /** Loads the key from {@code dir}, or makes one there; writes {@code jwks.json} beside it. */
    public static LocalIssuer inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keyFile = dir.resolve("issuer-private.key");
            PrivateKey key;
            if (Files.exists(keyFile)) {
                key = KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(keyFile).trim())));
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                key = pair.getPrivate();
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(key.getEncoded()));
            }
            Path jwks = dir.resolve("jwks.json");
            Files.writeString(jwks, jwks((RSAPrivateCrtKey) key));
            return new LocalIssuer(key, jwks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Issuer key not available", e);
        }
    }

    public Path jwksFile() {
        return jwksFile;
    }

    /** A token for {@code subject} holding {@code roles}, valid for {@code lifetime}. */
    public String token(String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", KEY_ID);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", java.util.UUID.randomUUID().toString());
        try {
            String signingInput = B64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Token not signed", e);
        }
    }

    private static String jwks(RSAPrivateCrtKey key) throws GeneralSecurityException, IOException {
        RSAPublicKeySpec publicSpec = new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent());
        KeyFactory.getInstance("RSA").generatePublic(publicSpec);
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", KEY_ID);
        jwk.put("n", B64URL.encodeToString(unsigned(key.getModulus())));
        jwk.put("e", B64URL.encodeToString(unsigned(key.getPublicExponent())));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("keys", List.of(jwk)));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            return java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return bytes;
    }
}
