package uk.gov.safeguarding.audit.domain.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * RFC 6962 (and RFC 9162, C2SP tlog) Merkle tree hashing: a leaf is SHA-256(0x00 ‖ entry), a node
 * SHA-256(0x01 ‖ left ‖ right); a tree of n leaves splits at the largest power of two below n. The
 * prefixes keep a leaf from ever passing for a node.
 */
public final class TreeHash {

    public static final int SIZE = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private TreeHash() {
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update(LEAF);
        sha.update(entry);
        return sha.digest();
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update(NODE);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** The root of an empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** The largest power of two smaller than n (n ≥ 2): where a tree of n leaves splits. */
    public static long split(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a tree of " + n + " leaves does not split");
        }
        return Long.highestOneBit(n - 1);
    }

    /** The root of the tree over these leaf hashes, worked out whole (for checks and small trees). */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return empty();
        }
        return root(leafHashes, 0, leafHashes.size());
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int split = from + (int) split(to - from);
        return node(root(leaves, from, split), root(leaves, split, to));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
