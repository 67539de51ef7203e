package uk.gov.safeguarding.audit.domain.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Inclusion and consistency proofs as RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF) define them, built
 * from a tree's {@link Subtrees}. Each proof is the sibling hashes, leaf end first, about log2(n) of them.
 */
public final class Proofs {

    private Proofs() {
    }

    /** That leaf {@code index} is in the tree of {@code size} leaves. */
    public static List<byte[]> inclusion(long index, long size, Subtrees tree) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, tree, proof);
        return proof;
    }

    private static void path(long index, long start, long end, Subtrees tree, List<byte[]> proof) {
        if (end - start == 1) {
            return;
        }
        long split = start + TreeHash.split(end - start);
        if (index < split) {
            path(index, start, split, tree, proof);
            proof.add(tree.hash(split, end));
        } else {
            path(index, split, end, tree, proof);
            proof.add(tree.hash(start, split));
        }
    }

    /** That the tree of {@code first} leaves is the start of the tree of {@code second}; empty when they are equal. */
    public static List<byte[]> consistency(long first, long second, Subtrees tree) {
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(first, 0, second, true, tree, proof);
        }
        return proof;
    }

    private static void subproof(long first, long start, long end, boolean firstIsKnown, Subtrees tree,
                                 List<byte[]> proof) {
        if (start + first == end) {
            if (!firstIsKnown) {
                proof.add(tree.hash(start, end));
            }
            return;
        }
        long split = TreeHash.split(end - start);
        if (first <= split) {
            subproof(first, start, start + split, firstIsKnown, tree, proof);
            proof.add(tree.hash(start + split, end));
        } else {
            subproof(first - split, start + split, end, false, tree, proof);
            proof.add(tree.hash(start, start + split));
        }
    }
}
