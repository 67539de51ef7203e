package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.safeguarding.audit.domain.log.Checkpoint;
import uk.gov.safeguarding.audit.domain.log.Frontier;
import uk.gov.safeguarding.audit.domain.log.NoteKey;
import uk.gov.safeguarding.audit.domain.log.PerfectSubtrees;
import uk.gov.safeguarding.audit.domain.log.SignedNote;
import uk.gov.safeguarding.audit.domain.log.TreeHash;
import uk.gov.safeguarding.audit.repository.CheckpointStore;
import uk.gov.safeguarding.audit.repository.LogStore;
import uk.gov.safeguarding.audit.repository.LogStore.NodeKey;

/**
 * Works the tree out again from the entries' text and holds it against what is stored and what was signed:
 * each entry's leaf against its text, the sequence for gaps, every stored node, the root at every signed
 * checkpoint, and the head. Names the first wrong sequence number. Someone with the database's superuser can
 * rewrite entries, hashes and nodes alike, but not the checkpoints already held outside it, whose signed roots
 * the rewritten tree no longer meets.
 */
@ApplicationScoped
public class LogVerification {

    private static final int NODE_BATCH = 10_000;
    private static final int MAX_PROBLEMS = 100;

    private final LogStore log;
    private final CheckpointStore checkpoints;
    private final LogKey key;

    public LogVerification(LogStore log, CheckpointStore checkpoints, LogKey key) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** What is wrong, over which entries [fromSeq, toSeq). */
    public record Problem(Kind kind, long fromSeq, long toSeq, String detail) {
    }

    public enum Kind {
        /** Entries absent from the sequence. */
        MISSING,
        /** An entry's text no longer gives its stored leaf hash. */
        CHANGED,
        /** A stored node does not match the entries under it: entries rewritten with their hashes, or reordered. */
        REWRITTEN,
        /** The tree worked out again does not meet a signed checkpoint's root. */
        CHECKPOINT_MISMATCH,
        /** The log holds fewer entries than a signed checkpoint said it had. */
        CUT,
        /** A stored checkpoint whose signature does not verify. */
        BAD_SIGNATURE,
        /** Entries beyond the head, not added by an append. */
        EXTRA,
        /** The head does not match the entries. */
        HEAD
    }

    public record Verification(long from, long to, long entriesChecked, long headSize, Long latestCheckpointSize,
                               boolean intact, Long firstWrongSeq, List<Problem> problems, Instant checkedAt) {
    }

    /** Read-only, but one consistent snapshot: ten million entries take a few minutes on two cores. */
    @Transactional
    @TransactionConfiguration(timeout = 3_600)
    public Verification verify(Long fromSeq, Long toSeq) throws SQLException {
        // entries keep arriving while a verification runs: it checks the log as it stood when it began
        log.snapshot();
        Frontier head = log.head();
        long from = fromSeq == null ? 0 : fromSeq;
        long to = toSeq == null ? head.size() : Math.min(toSeq, head.size());
        if (from < 0 || from > to) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "from", "must be at least 0 and not after to (" + to + ")");
        }
        Problems problems = new Problems();
        Optional<NoteKey> verifier = key.signer();
        List<CheckpointStore.Stored> signed = checkpoints.all();
        Map<Long, byte[]> signedRoots = new HashMap<>();
        for (CheckpointStore.Stored checkpoint : signed) {
            boolean valid = verifier.flatMap(k -> SignedNote.open(checkpoint.note(), k)).map(Checkpoint::parse)
                    .filter(c -> c.size() == checkpoint.size() && MessageDigest.isEqual(c.root(), checkpoint.root()))
                    .isPresent();
            if (!valid && verifier.isPresent()) {
                problems.add(Kind.BAD_SIGNATURE, 0, checkpoint.size(), "the stored checkpoint of " + checkpoint.size()
                        + " entries does not carry a valid signature of " + key.origin() + " over its size and root");
            }
            // the signed text is the truth, not the columns beside it
            verifier.flatMap(k -> SignedNote.open(checkpoint.note(), k)).map(Checkpoint::parse)
                    .ifPresent(c -> signedRoots.put(c.size(), c.root()));
        }
        long latestSigned = signed.isEmpty() ? -1 : signed.get(signed.size() - 1).size();
        if (latestSigned > head.size()) {
            problems.add(Kind.CUT, head.size(), latestSigned, "the log holds " + head.size() + " entries but a signed "
                    + "checkpoint has " + latestSigned + ": entries from " + head.size() + " on are gone");
        }
        long beyond = log.countFrom(head.size());
        if (beyond > 0) {
            problems.add(Kind.EXTRA, head.size(), head.size() + beyond, beyond + " entries lie beyond the head of "
                    + head.size() + ": they were inserted, not appended");
        }

        Frontier[] tree = {start(from)};
        List<Frontier.Node> pending = new ArrayList<>();
        long[] checked = {0};
        long[] lastGood = {from};
        log.eachEntry(from, to, entry -> {
            long expected = tree[0].size();
            if (entry.seq() != expected) {
                problems.add(Kind.MISSING, expected, entry.seq(), "entries " + expected + " to " + (entry.seq() - 1)
                        + " are missing from the sequence");
                return false;
            }
            byte[] leaf = TreeHash.leaf(entry.canonical().getBytes(StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(leaf, entry.leafHash())) {
                problems.add(Kind.CHANGED, entry.seq(), entry.seq() + 1, "entry " + entry.seq()
                        + "'s text does not give its leaf hash: the entry was changed");
            }
            tree[0] = tree[0].append(leaf, pending);
            checked[0]++;
            byte[] signedRoot = signedRoots.get(tree[0].size());
            if (signedRoot != null) {
                if (MessageDigest.isEqual(signedRoot, tree[0].root())) {
                    lastGood[0] = tree[0].size();
                } else {
                    problems.add(Kind.CHECKPOINT_MISMATCH, lastGood[0], tree[0].size(), "the first " + tree[0].size()
                            + " entries do not give the root their signed checkpoint holds: an entry from "
                            + lastGood[0] + " on was changed, added, removed or moved");
                }
            }
            if (pending.size() >= NODE_BATCH) {
                compareNodes(pending, problems);
            }
            return problems.size() < MAX_PROBLEMS;
        });
        compareNodes(pending, problems);
        if (tree[0].size() < to && problems.firstWrong() == null) {
            problems.add(Kind.MISSING, tree[0].size(), to, "entries " + tree[0].size() + " to " + (to - 1)
                    + " are missing from the sequence");
        }
        if (from == 0 && to == head.size() && tree[0].size() == head.size()
                && !MessageDigest.isEqual(tree[0].root(), head.root())) {
            problems.add(Kind.HEAD, 0, head.size(), "the stored head does not match the entries");
        }
        return new Verification(from, to, checked[0], head.size(), latestSigned < 0 ? null : latestSigned,
                problems.list.isEmpty(), problems.firstWrong(), List.copyOf(problems.list), Instant.now());
    }

    /** The tree of the first {@code size} entries, from the stored subtrees on its right edge. */
    private Frontier start(long size) throws SQLException {
        if (size == 0) {
            return Frontier.empty();
        }
        List<PerfectSubtrees.Piece> pieces = PerfectSubtrees.of(0, size);
        Map<NodeKey, byte[]> hashes = log.hashes(pieces.stream().map(p -> new NodeKey(p.level(), p.index())).toList());
        List<byte[]> edge = new ArrayList<>();
        for (PerfectSubtrees.Piece piece : pieces) {
            byte[] hash = hashes.get(new NodeKey(piece.level(), piece.index()));
            if (hash == null) {
                throw new RequestRefused(RequestRefused.Kind.INVALID, "from", "the log's nodes before " + size
                        + " are missing: verify from 0");
            }
            edge.add(hash);
        }
        return new Frontier(size, edge);
    }

    private void compareNodes(List<Frontier.Node> pending, Problems problems) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Set<NodeKey> keys = new LinkedHashSet<>();
        pending.forEach(node -> keys.add(new NodeKey(node.level(), node.index())));
        Map<NodeKey, byte[]> stored = log.hashes(keys);
        for (Frontier.Node node : pending) {
            byte[] hash = stored.get(new NodeKey(node.level(), node.index()));
            long first = node.index() << node.level();
            long last = first + (1L << node.level());
            if (hash == null) {
                problems.addUncovered(Kind.REWRITTEN, first, last, "the node over entries " + first + " to " + (last - 1)
                        + " is missing");
            } else if (!MessageDigest.isEqual(hash, node.hash())) {
                problems.addUncovered(Kind.REWRITTEN, first, last, "entries " + first + " to " + (last - 1)
                        + " no longer give the node stored over them: rewritten with their hashes, or reordered");
            }
        }
        pending.clear();
    }

    private static final class Problems {
        final List<Problem> list = new ArrayList<>();

        void add(Kind kind, long from, long to, String detail) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(new Problem(kind, from, to, detail));
            }
        }

        /** A node above a wrong entry is wrong too: name the lowest, not every ancestor. */
        void addUncovered(Kind kind, long from, long to, String detail) {
            for (Problem p : list) {
                if (p.kind() != Kind.CUT && p.kind() != Kind.EXTRA && p.kind() != Kind.BAD_SIGNATURE
                        && p.kind() != Kind.CHECKPOINT_MISMATCH && p.fromSeq() >= from && p.toSeq() <= to) {
                    return;
                }
            }
            add(kind, from, to, detail);
        }

        int size() {
            return list.size();
        }

        /** The first entry a precise finding names; a mismatched checkpoint or head only bounds where to look. */
        Long firstWrong() {
            Long precise = list.stream().filter(p -> p.kind() != Kind.BAD_SIGNATURE && p.kind() != Kind.CHECKPOINT_MISMATCH
                            && p.kind() != Kind.HEAD).map(Problem::fromSeq).min(Long::compare).orElse(null);
            return precise != null ? precise : list.stream().filter(p -> p.kind() == Kind.CHECKPOINT_MISMATCH
                    || p.kind() == Kind.HEAD).map(Problem::fromSeq).min(Long::compare).orElse(null);
        }
    }
}
