package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.safeguarding.audit.domain.log.ActivityRecord;
import uk.gov.safeguarding.audit.domain.log.Frontier;
import uk.gov.safeguarding.audit.repository.LogStore;

/**
 * Appends entries to the log, in the caller's transaction: the head is locked (one append at a time, so the
 * log cannot fork), the tree grows from its stored right edge, and entries, nodes and head commit together.
 * An entry already logged (its event id) is not logged again.
 */
@ApplicationScoped
public class LogAppender {

    private final LogStore store;

    public LogAppender(LogStore store) {
        this.store = store;
    }

    /** @return how many entries were added */
    @Transactional(Transactional.TxType.MANDATORY)
    public int append(List<ActivityRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        Frontier before = store.lockHead();
        Set<String> logged = store.logged(records.stream().map(ActivityRecord::eventId).toList());
        Set<String> taken = new HashSet<>(logged);
        List<ActivityRecord> fresh = new ArrayList<>(records.size());
        for (ActivityRecord record : records) {
            if (taken.add(record.eventId())) {
                fresh.add(record);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Frontier after = before;
        List<Frontier.Node> nodes = new ArrayList<>(fresh.size());
        for (ActivityRecord record : fresh) {
            after = after.append(record.leafHash(), nodes);
        }
        store.append(before, fresh, nodes, after, Instant.now());
        return fresh.size();
    }
}
