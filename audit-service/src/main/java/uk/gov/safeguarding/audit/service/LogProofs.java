package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.safeguarding.audit.domain.log.PerfectSubtrees;
import uk.gov.safeguarding.audit.domain.log.Proofs;
import uk.gov.safeguarding.audit.domain.log.Subtrees;
import uk.gov.safeguarding.audit.domain.log.TlogProof;
import uk.gov.safeguarding.audit.repository.LogStore;
import uk.gov.safeguarding.audit.repository.LogStore.NodeKey;

/**
 * Inclusion and consistency proofs against signed checkpoints only: a proof against a root nobody signed
 * proves nothing. Sibling hashes come from the stored nodes, all of a proof's in one read.
 */
@ApplicationScoped
public class LogProofs {

    private final LogStore log;
    private final Checkpoints checkpoints;

    public LogProofs(LogStore log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /** That entry {@code seq} is in the checkpoint of {@code treeSize} (the latest when null). */
    public record Inclusion(long seq, String canonical, byte[] leafHash, List<byte[]> proof, Checkpoints.Signed checkpoint) {

        /** The proof as a C2SP tlog-proof file, the entry in its extra line. */
        public String tlogProof() {
            return new TlogProof(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8), seq, proof,
                    checkpoint.note()).text();
        }
    }

    /** That the checkpoint of {@code to} is the one of {@code from}, grown. */
    public record Consistency(Checkpoints.Signed from, Checkpoints.Signed to, List<byte[]> proof) {
    }

    public Inclusion inclusion(long seq, Long treeSize) throws SQLException {
        Checkpoints.Signed checkpoint = checkpoint(treeSize, "treeSize");
        if (seq < 0 || seq >= checkpoint.size()) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "seq", "entry " + seq + " is not in the checkpoint of "
                    + checkpoint.size() + " entries");
        }
        java.util.function.Function<Subtrees, List<byte[]>> build = tree -> Proofs.inclusion(seq, checkpoint.size(), tree);
        LogStore.EntryAndHashes read = log.entryAndHashes(seq, needed(build));
        LogStore.StoredEntry entry = read.entry().orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_FOUND,
                "seq", "entry " + seq + " is not in the log"));
        return new Inclusion(seq, entry.canonical(), entry.leafHash(), built(build, read.hashes()), checkpoint);
    }

    public Consistency consistency(long from, Long to) throws SQLException {
        Checkpoints.Signed second = checkpoint(to, "to");
        Checkpoints.Signed first = checkpoint(from, "from");
        if (first.size() < 1 || first.size() > second.size()) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "from", "a consistency proof runs from a checkpoint of at "
                    + "least one entry to one at least as large");
        }
        List<byte[]> proof = fetched(tree -> Proofs.consistency(first.size(), second.size(), tree));
        return new Consistency(first, second, proof);
    }

    private Checkpoints.Signed checkpoint(Long size, String field) throws SQLException {
        if (size == null) {
            return checkpoints.latest().orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_FOUND, field,
                    "the log has no signed checkpoint yet"));
        }
        return checkpoints.at(size).orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_FOUND, field,
                "no checkpoint of " + size + " entries: proofs are made against signed checkpoints only"));
    }

    /** A proof built twice: once to learn which stored hashes it needs, once with them read in one go. */
    private List<byte[]> fetched(java.util.function.Function<Subtrees, List<byte[]>> build) throws SQLException {
        return built(build, log.hashes(needed(build)));
    }

    private static Set<NodeKey> needed(java.util.function.Function<Subtrees, List<byte[]>> build) {
        Set<NodeKey> needed = new LinkedHashSet<>();
        build.apply((start, end) -> {
            for (PerfectSubtrees.Piece piece : PerfectSubtrees.of(start, end)) {
                needed.add(new NodeKey(piece.level(), piece.index()));
            }
            return new byte[32];
        });
        return needed;
    }

    private static List<byte[]> built(java.util.function.Function<Subtrees, List<byte[]>> build,
                                       Map<NodeKey, byte[]> hashes) {
        return build.apply((start, end) -> {
            List<byte[]> pieces = new ArrayList<>();
            for (PerfectSubtrees.Piece piece : PerfectSubtrees.of(start, end)) {
                byte[] hash = hashes.get(new NodeKey(piece.level(), piece.index()));
                if (hash == null) {
                    throw new IllegalStateException("The log's node " + piece + " is missing: run a verification");
                }
                pieces.add(hash);
            }
            return PerfectSubtrees.fold(pieces);
        });
    }
}
