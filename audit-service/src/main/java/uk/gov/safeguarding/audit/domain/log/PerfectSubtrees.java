package uk.gov.safeguarding.audit.domain.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of leaves [start, end) as the perfect, aligned subtrees a stored log keeps a hash for, left to right,
 * and the run's hash folded back from them. Every run a proof asks for starts at a multiple of a power of two
 * at least its length, so taking the largest aligned subtree from the left splits it as RFC 6962 does.
 */
public final class PerfectSubtrees {

    private PerfectSubtrees() {
    }

    /** Subtree (level, index): the leaves [index·2^level, (index+1)·2^level). */
    public record Piece(int level, long index) {
    }

    public static List<Piece> of(long start, long end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("no leaves in [" + start + ", " + end + ")");
        }
        List<Piece> pieces = new ArrayList<>();
        long at = start;
        while (at < end) {
            int level = at == 0 ? 62 : Long.numberOfTrailingZeros(at);
            while ((1L << level) > end - at) {
                level--;
            }
            pieces.add(new Piece(level, at >> level));
            at += 1L << level;
        }
        return pieces;
    }

    /** The run's hash from its pieces' hashes, in the order {@link #of} gives them. */
    public static byte[] fold(List<byte[]> hashes) {
        byte[] hash = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            hash = TreeHash.node(hashes.get(i), hash);
        }
        return hash;
    }
}
