package uk.gov.safeguarding.audit.domain.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a log's tree: the roots of its perfect subtrees, largest first (one per set bit of the
 * size). It is all an append needs: each new leaf merges with the subtrees it completes, and the root is the
 * edge folded from the right. Holding it, a writer never reads the tree back.
 */
public final class Frontier {

    private final long size;
    private final List<byte[]> edge;

    public Frontier(long size, List<byte[]> edge) {
        if (size < 0 || Long.bitCount(size) != edge.size()) {
            throw new IllegalArgumentException("A tree of " + size + " leaves has " + Long.bitCount(size)
                    + " perfect subtrees on its right edge, not " + edge.size());
        }
        this.size = size;
        this.edge = List.copyOf(edge);
    }

    public static Frontier empty() {
        return new Frontier(0, List.of());
    }

    /** A node a completed subtree adds: level 1 and up (level 0 is the leaf itself); covers leaves [index·2^level, (index+1)·2^level). */
    public record Node(int level, long index, byte[] hash) {
    }

    public long size() {
        return size;
    }

    public List<byte[]> edge() {
        return edge;
    }

    /** The tree with {@code leafHash} added, and the nodes it completed, in {@code completed}. */
    public Frontier append(byte[] leafHash, List<Node> completed) {
        List<byte[]> next = new ArrayList<>(edge);
        byte[] hash = leafHash;
        long position = size;
        int level = 0;
        // each trailing one bit of the old size is a subtree the new leaf's subtree now pairs with
        while ((position & 1) == 1) {
            byte[] left = next.remove(next.size() - 1);
            hash = TreeHash.node(left, hash);
            position >>= 1;
            level++;
            completed.add(new Node(level, position, hash));
        }
        next.add(hash);
        return new Frontier(size + 1, next);
    }

    /** The root: the edge folded from its smallest subtree to its largest. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return TreeHash.empty();
        }
        byte[] root = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) {
            root = TreeHash.node(edge.get(i), root);
        }
        return root;
    }
}
