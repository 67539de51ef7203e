package uk.gov.safeguarding.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.AuditDatabaseRoles;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.audit.domain.log.ActivityRecord;
import uk.gov.safeguarding.audit.domain.log.Frontier;
import uk.gov.safeguarding.audit.domain.log.ProofCheck;
import uk.gov.safeguarding.audit.domain.log.TreeHash;

/**
 * The database's superuser edits, deletes, inserts, reorders and cuts the log's rows; each is detected and named,
 * and a consistency proof from an earlier checkpoint fails once the tree is rewritten. Verification is called
 * on the bean (an HTTP call would add an entry of its own while the rows are tampered with), and each change is
 * put back afterwards so the log the other tests use stays whole.
 */
@QuarkusTest
class LogTamperingTest {

    @Inject
    LogVerification verification;

    @Inject
    Checkpoints checkpoints;

    @Inject
    LogProofs proofs;

    @Inject
    LogAppender appender;

    @Test
    void theApplicationsRoleCannotChangeOrRemoveEntriesAndTheTriggersRefuseEveryoneElse() throws Exception {
        LogFixtures.publish(LogFixtures.newActor(), 1, LogFixtures.newChild());
        try (Connection app = DriverManager.getConnection(System.getProperty("audit.test.owner.url"),
                AuditDatabaseRoles.APP_ROLE, "audit-app-test"); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE log_entry SET actor = 'someone else'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM log_node")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE log_checkpoint")).isInstanceOf(SQLException.class);
        }
        try (Connection owner = owner(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE log_entry SET actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE log_head SET size = 0")).hasMessageContaining("only grows");
        }
    }

    @Test
    void everyRewriteIsDetectedAndNamed() throws Exception {
        String actor = LogFixtures.newActor();
        LogFixtures.publish(actor, 12, LogFixtures.newChild());
        Checkpoints.Signed before = checkpoints.checkpointNow();
        awaitQuiet();
        assertThat(verification.verify(null, null).intact()).as("the log before any change").isTrue();
        // one of this test's own entries (other tests' requests add entries of their own in between)
        long k = seqOf(actor, 6);

        try (Connection owner = tamperer()) {
            // an entry's text edited
            Row original = row(owner, k);
            update(owner, "UPDATE log_entry SET canonical = replace(canonical, 'contact.read', 'contact.none') WHERE seq = ?", k);
            assertNamed(LogVerification.Kind.CHANGED, k);
            restore(owner, original);

            // an entry's text edited and its leaf hash worked out again to match
            String edited = original.canonical().replace("contact.read", "contact.none");
            update(owner, "UPDATE log_entry SET canonical = ?, leaf_hash = ? WHERE seq = ?", edited,
                    TreeHash.leaf(edited.getBytes(StandardCharsets.UTF_8)), k);
            LogVerification.Verification rewritten = verification.verify(null, null);
            assertThat(rewritten.problems()).extracting(LogVerification.Problem::kind)
                    .contains(LogVerification.Kind.REWRITTEN, LogVerification.Kind.CHECKPOINT_MISMATCH);
            assertThat(rewritten.problems()).filteredOn(p -> p.kind() == LogVerification.Kind.REWRITTEN)
                    .first().satisfies(p -> assertThat(k).isBetween(p.fromSeq(), p.toSeq() - 1));
            restore(owner, original);

            // an entry deleted
            update(owner, "CREATE TEMP TABLE saved_entries AS SELECT * FROM log_entry WHERE seq = ?", k);
            update(owner, "DELETE FROM log_entry WHERE seq = ?", k);
            assertNamed(LogVerification.Kind.MISSING, k);
            update(owner, "INSERT INTO log_entry SELECT * FROM saved_entries");
            update(owner, "DROP TABLE saved_entries");

            // two entries swapped
            Row next = row(owner, k + 1);
            update(owner, "UPDATE log_entry SET event_id = 'swapping-' || seq WHERE seq IN (?, ?)", k, k + 1);
            restore(owner, next.at(k));
            restore(owner, original.at(k + 1));
            LogVerification.Verification swapped = verification.verify(null, null);
            assertThat(swapped.intact()).isFalse();
            assertThat(swapped.firstWrongSeq()).isEqualTo(k - (k % 2));
            assertThat(swapped.problems()).extracting(LogVerification.Problem::kind).contains(LogVerification.Kind.REWRITTEN);
            update(owner, "UPDATE log_entry SET event_id = 'swapping-' || seq WHERE seq IN (?, ?)", k, k + 1);
            restore(owner, next);
            restore(owner, original);

            // an entry inserted beyond the head
            long far = before.size() + 1_000_000;
            update(owner, "INSERT INTO log_entry (seq, event_id, canonical, leaf_hash, appended_at) VALUES (?, ?, ?, ?, now())",
                    far, "inserted-" + far, original.canonical(), original.leafHash());
            assertNamed(LogVerification.Kind.EXTRA, headSize(owner));
            update(owner, "DELETE FROM log_entry WHERE seq = ?", far);

            // the tail cut, and the head moved back to hide it: the signed checkpoint still counts the entries
            update(owner, "CREATE TEMP TABLE saved_entries AS SELECT * FROM log_entry WHERE seq >= ?", k);
            update(owner, "CREATE TEMP TABLE saved_nodes AS SELECT * FROM log_node WHERE ((idx + 1) << level) > ?", k);
            update(owner, "CREATE TEMP TABLE saved_head AS SELECT * FROM log_head");
            update(owner, "DELETE FROM log_entry WHERE seq >= ?", k);
            update(owner, "DELETE FROM log_node WHERE ((idx + 1) << level) > ?", k);
            setHead(owner, k);
            LogVerification.Verification cut = verification.verify(null, null);
            assertThat(cut.problems()).extracting(LogVerification.Problem::kind).contains(LogVerification.Kind.CUT);
            assertThat(cut.firstWrongSeq()).isEqualTo(k);
            update(owner, "INSERT INTO log_entry SELECT * FROM saved_entries");
            update(owner, "INSERT INTO log_node SELECT * FROM saved_nodes");
            update(owner, "UPDATE log_head SET size = saved_head.size, edge = saved_head.edge FROM saved_head");
            update(owner, "DROP TABLE saved_entries, saved_nodes, saved_head");

            // the whole tree rewritten to fit an edited entry: only the checkpoint held from before shows it
            rewriteTree(owner, k, edited);
            // the rewritten log goes on being used, and a checkpoint is signed over it
            appendOne();
            Checkpoints.Signed after = checkpoints.checkpointNow();
            assertThat(after.size()).isGreaterThan(before.size());
            LogProofs.Consistency consistency = proofs.consistency(before.size(), after.size());
            assertThat(ProofCheck.consistency(before.size(), after.size(), before.root(), after.root(), consistency.proof()))
                    .as("a consistency proof from the checkpoint held before the rewrite").isFalse();
            LogVerification.Verification forged = verification.verify(null, null);
            assertThat(forged.problems()).extracting(LogVerification.Problem::kind)
                    .contains(LogVerification.Kind.CHECKPOINT_MISMATCH);
            assertThat(forged.firstWrongSeq()).isLessThanOrEqualTo(k);
            rewriteTree(owner, k, original.canonical());
            update(owner, "DELETE FROM log_checkpoint WHERE size = ?", after.size());
        }
        assertThat(verification.verify(null, null).intact()).as("every change put back").isTrue();
    }

    /** Appends on the bean, not through the topic: nothing else arrives while rows are tampered with. */
    private void appendOne() throws Exception {
        JsonNode entry = new ObjectMapper().readTree(LogFixtures.entry(LogFixtures.newActor(), "contact.read",
                LogFixtures.newChild()));
        QuarkusTransaction.requiringNew().call(() ->
                appender.append(List.of(ActivityRecord.of(UUID.randomUUID().toString(), entry))));
    }

    private void assertNamed(LogVerification.Kind kind, long seq) throws SQLException {
        LogVerification.Verification result = verification.verify(null, null);
        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).extracting(LogVerification.Problem::kind).contains(kind);
        assertThat(result.firstWrongSeq()).as(result.problems().toString()).isEqualTo(seq);
    }

    /** Rewrites entry {@code seq} and every hash above it (its leaf, its nodes, the head's edge), as an attacker would. */
    private static void rewriteTree(Connection owner, long seq, String canonical) throws SQLException {
        update(owner, "UPDATE log_entry SET canonical = ?, leaf_hash = ? WHERE seq = ?", canonical,
                TreeHash.leaf(canonical.getBytes(StandardCharsets.UTF_8)), seq);
        long size = headSize(owner);
        Frontier tree = Frontier.empty();
        List<Frontier.Node> nodes = new ArrayList<>();
        try (PreparedStatement select = owner.prepareStatement("SELECT leaf_hash FROM log_entry WHERE seq < ? ORDER BY seq")) {
            select.setLong(1, size);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tree = tree.append(rows.getBytes(1), nodes);
                }
            }
        }
        for (Frontier.Node node : nodes) {
            update(owner, "UPDATE log_node SET hash = ? WHERE level = ? AND idx = ?", node.hash(), node.level(), node.index());
        }
        update(owner, "UPDATE log_head SET edge = ?", owner.createArrayOf("bytea", tree.edge().toArray(new byte[0][])));
    }

    record Row(long seq, String eventId, String canonical, byte[] leafHash) {
        Row at(long other) {
            return new Row(other, eventId, canonical, leafHash);
        }
    }

    private static Row row(Connection owner, long seq) throws SQLException {
        try (PreparedStatement select = owner.prepareStatement(
                "SELECT seq, event_id, canonical, leaf_hash FROM log_entry WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getBytes(4));
            }
        }
    }

    private static void restore(Connection owner, Row row) throws SQLException {
        update(owner, "UPDATE log_entry SET event_id = ?, canonical = ?, leaf_hash = ? WHERE seq = ?",
                row.eventId(), row.canonical(), row.leafHash(), row.seq());
    }

    /** The head moved back to {@code size}, its edge taken from the nodes that remain. */
    private static void setHead(Connection owner, long size) throws SQLException {
        List<byte[]> edge = new ArrayList<>();
        for (var piece : uk.gov.safeguarding.audit.domain.log.PerfectSubtrees.of(0, size)) {
            String sql = piece.level() == 0 ? "SELECT leaf_hash FROM log_entry WHERE seq = ?"
                    : "SELECT hash FROM log_node WHERE level = " + piece.level() + " AND idx = ?";
            try (PreparedStatement select = owner.prepareStatement(sql)) {
                select.setLong(1, piece.index());
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    edge.add(r.getBytes(1));
                }
            }
        }
        update(owner, "UPDATE log_head SET size = ?, edge = ?", size, owner.createArrayOf("bytea", edge.toArray(new byte[0][])));
    }

    private static long seqOf(String actor, int offset) throws SQLException {
        try (Connection owner = owner(); PreparedStatement select = owner.prepareStatement(
                "SELECT seq FROM log_entry WHERE actor = ? ORDER BY seq OFFSET ? LIMIT 1")) {
            select.setString(1, actor);
            select.setInt(2, offset);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long headSize(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement(); ResultSet r = s.executeQuery("SELECT size FROM log_head")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void update(Connection owner, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(System.getProperty("audit.test.owner.url"),
                System.getProperty("audit.test.owner.user"), System.getProperty("audit.test.owner.password"));
    }

    /** The database's superuser, with the log's triggers off for this session, as someone rewriting it would be. */
    private static Connection tamperer() throws SQLException {
        Connection owner = owner();
        try (Statement s = owner.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
        return owner;
    }

    /** Waits until nothing more is being appended (earlier requests' entries have arrived). */
    private static void awaitQuiet() {
        long[] last = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1_500)).until(() -> {
            try (Connection owner = owner()) {
                long size = headSize(owner);
                boolean quiet = size == last[0];
                last[0] = size;
                return quiet;
            }
        });
    }
}
