package uk.gov.safeguarding.audit.domain.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks proofs as a verifier holding only a root does (RFC 9162 §2.1.3.2 and §2.1.4.2). Each check says
 * true only when the proof ties the hashes together exactly: a proof with a hash too many or too few fails.
 */
public final class ProofCheck {

    private ProofCheck() {
    }

    /** Whether {@code leafHash} is leaf {@code index} of the tree of {@code size} leaves whose root is {@code root}. */
    public static boolean inclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(proof) || !hashSized(leafHash) || root == null) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether the tree of {@code second} leaves with root {@code secondRoot} only grew from the one of {@code first}. */
    public static boolean consistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second || !wellFormed(proof) || firstRoot == null || secondRoot == null) {
            return false;
        }
        if (first == 0) {
            // every tree extends the empty one: a proof from nothing proves nothing, and is refused
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstRoot);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean wellFormed(List<byte[]> proof) {
        return proof != null && proof.size() <= 64 && proof.stream().allMatch(ProofCheck::hashSized);
    }

    private static boolean hashSized(byte[] hash) {
        return hash != null && hash.length == TreeHash.SIZE;
    }
}
