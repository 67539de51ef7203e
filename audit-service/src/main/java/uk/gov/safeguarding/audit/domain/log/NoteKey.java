package uk.gov.safeguarding.audit.domain.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 key of a C2SP signed note: its name (e.g. {@code derby.gov.uk/safeguarding/activity-log}), the
 * 4-byte key id SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4], and its public half, written as a verifier key
 * {@code name+hex(id)+base64(0x01 ‖ public key)}. A signing key also holds its 32-byte seed, written as
 * golang.org/x/mod/sumdb/note writes it: {@code PRIVATE+KEY+name+hex(id)+base64(0x01 ‖ seed)}.
 */
public final class NoteKey {

    static final byte ED25519 = 0x01;
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";
    // DER headers of the JDK's X.509 and PKCS #8 encodings of an Ed25519 key (RFC 8410), before the 32 raw bytes
    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final byte[] publicKey;
    private final PrivateKey privateKey;
    private final byte[] seed;

    private NoteKey(String name, byte[] publicKey, PrivateKey privateKey, byte[] seed) {
        if (!validName(name)) {
            throw new IllegalArgumentException("A key name is printable text without spaces or '+'");
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey;
        this.seed = seed == null ? null : seed.clone();
    }

    /** A new signing key from a secure random source. */
    public static NoteKey generate(String name) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return fromSeed(name, seed);
    }

    /** The signing key written as {@code PRIVATE+KEY+name+id+base64(0x01 ‖ seed)}, its id checked. */
    public static NoteKey parseSigner(String encoded) {
        if (encoded == null || !encoded.startsWith(PRIVATE_PREFIX)) {
            throw new IllegalArgumentException("A signing key starts PRIVATE+KEY+");
        }
        String[] parts = encoded.substring(PRIVATE_PREFIX.length()).trim().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("A signing key is PRIVATE+KEY+name+id+key");
        }
        byte[] typed = decode(parts[2]);
        if (typed.length != 33 || typed[0] != ED25519) {
            throw new IllegalArgumentException("Only Ed25519 signing keys (type 0x01, 32 bytes) are used");
        }
        NoteKey key = fromSeed(parts[0], Arrays.copyOfRange(typed, 1, 33));
        if (!key.idHex().equals(parts[1])) {
            throw new IllegalArgumentException("The signing key's id does not match its name and key");
        }
        return key;
    }

    /** A verifier key {@code name+id+base64(0x01 ‖ public key)}: checks signatures, cannot make them. */
    public static NoteKey parseVerifier(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.trim().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("A verifier key is name+id+key");
        }
        byte[] typed = decode(parts[2]);
        if (typed.length != 33 || typed[0] != ED25519) {
            throw new IllegalArgumentException("Only Ed25519 verifier keys (type 0x01, 32 bytes) are used");
        }
        NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(typed, 1, 33), null, null);
        if (!key.idHex().equals(parts[1])) {
            throw new IllegalArgumentException("The verifier key's id does not match its name and key");
        }
        return key;
    }

    private static NoteKey fromSeed(String name, byte[] seed) {
        try {
            // The JDK makes an Ed25519 key pair from the 32 bytes its random source gives: given the seed, it
            // makes this key's pair (RFC 8032 §5.1.5), public half included.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            return new NoteKey(name, Arrays.copyOfRange(x509, x509.length - 32, x509.length), pair.getPrivate(), seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is in every JDK since 15", e);
        }
    }

    public String name() {
        return name;
    }

    /** The key id, big-endian. */
    public int id() {
        MessageDigest sha = sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(ED25519);
        sha.update(publicKey);
        byte[] hash = sha.digest();
        return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
    }

    String idHex() {
        return String.format("%08x", id());
    }

    public String verifierKey() {
        return name + "+" + idHex() + "+" + Base64.getEncoder().encodeToString(typed(publicKey));
    }

    /** The signing key as written to configuration; only a key made from its seed has one. */
    public String signerKey() {
        if (seed == null) {
            throw new IllegalStateException("A verifier key cannot sign");
        }
        return PRIVATE_PREFIX + name + "+" + idHex() + "+" + Base64.getEncoder().encodeToString(typed(seed));
    }

    public boolean canSign() {
        return privateKey != null;
    }

    byte[] sign(byte[] message) {
        if (privateKey == null) {
            throw new IllegalStateException("A verifier key cannot sign");
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verify(byte[] message, byte[] signatureBytes) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509(publicKey)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean validName(String name) {
        return name != null && !name.isEmpty() && name.codePoints().allMatch(c -> c > 0x20 && c != '+' && c != 0x7f
                && !Character.isWhitespace(c) && !Character.isISOControl(c));
    }

    private static byte[] typed(byte[] key) {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(key, 0, typed, 1, 32);
        return typed;
    }

    private static byte[] x509(byte[] raw) {
        byte[] encoded = Arrays.copyOf(X509_HEADER, X509_HEADER.length + 32);
        System.arraycopy(raw, 0, encoded, X509_HEADER.length, 32);
        return encoded;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key is not base64");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Gives the seed as the key generator's randomness, once. */
    private static final class FixedBytes extends SecureRandom {
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("Ed25519 key generation asked for " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
