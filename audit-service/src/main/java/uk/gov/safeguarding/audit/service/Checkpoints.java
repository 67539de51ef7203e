package uk.gov.safeguarding.audit.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import uk.gov.safeguarding.audit.domain.log.Checkpoint;
import uk.gov.safeguarding.audit.domain.log.Frontier;
import uk.gov.safeguarding.audit.domain.log.NoteKey;
import uk.gov.safeguarding.audit.domain.log.SignedNote;
import uk.gov.safeguarding.audit.repository.CheckpointStore;
import uk.gov.safeguarding.audit.repository.LogStore;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Signs the log's head as a C2SP checkpoint, stores it and publishes it on the checkpoints topic (with the
 * outbox, in the same transaction), periodically and on demand, whenever the log has grown since the last.
 */
@ApplicationScoped
public class Checkpoints {

    private final LogStore log;
    private final CheckpointStore checkpoints;
    private final LogKey key;
    private final Outbox outbox;

    public Checkpoints(LogStore log, CheckpointStore checkpoints, LogKey key, Outbox outbox) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.key = key;
        this.outbox = outbox;
    }

    /** A checkpoint as served and published: the signed note, and what it says. */
    public record Signed(String origin, long size, byte[] root, String note, Instant createdAt) {

        public String rootBase64() {
            return Base64.getEncoder().encodeToString(root);
        }
    }

    /** What the checkpoints topic carries: the note verbatim, and its parts for consumers that do not parse it. */
    public record CheckpointSigned(String origin, long treeSize, String rootHash, String note) {
    }

    /**
     * Signs the head if it has grown since the latest checkpoint (or there is none); otherwise the latest.
     *
     * @throws RequestRefused when no signing key is configured
     */
    @Transactional
    public Signed checkpointNow() throws SQLException {
        NoteKey signer = key.signer().orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_CONFIGURED, "signer",
                "no key to sign checkpoints with: set suite.audit.log.signer-key (AUDIT_LOG_SIGNER_KEY)"));
        Frontier head = log.lockHead();
        Optional<CheckpointStore.Stored> latest = checkpoints.latest();
        if (latest.isPresent() && latest.get().size() == head.size()) {
            return signed(latest.get());
        }
        Checkpoint checkpoint = new Checkpoint(key.origin(), head.size(), head.root());
        String note = SignedNote.sign(checkpoint.text(), signer);
        Instant now = Instant.now();
        checkpoints.insert(head.size(), checkpoint.root(), note, now);
        outbox.publish(Topics.ACTIVITY_LOG_CHECKPOINTS, "checkpoint", key.origin(), "signed",
                new CheckpointSigned(key.origin(), head.size(), Base64.getEncoder().encodeToString(checkpoint.root()), note));
        return new Signed(key.origin(), head.size(), checkpoint.root(), note, now);
    }

    @Scheduled(every = "${suite.audit.log.checkpoint-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodically() throws SQLException {
        if (key.signer().isPresent()) {
            checkpointNow();
        }
    }

    public Optional<Signed> latest() throws SQLException {
        return checkpoints.latest().map(this::signed);
    }

    public Optional<Signed> at(long size) throws SQLException {
        return checkpoints.at(size).map(this::signed);
    }

    public List<Signed> before(long size, int limit) throws SQLException {
        return checkpoints.page(size, limit).stream().map(this::signed).toList();
    }

    private Signed signed(CheckpointStore.Stored stored) {
        return new Signed(key.origin(), stored.size(), stored.root(), stored.note(), stored.createdAt());
    }
}
