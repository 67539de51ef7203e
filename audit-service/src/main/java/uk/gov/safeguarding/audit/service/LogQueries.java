package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.safeguarding.audit.repository.LogEntries;
import uk.gov.safeguarding.chassis.activity.ActivityLog;

/** What auditors and the DPO ask of the log; every such read is itself logged, naming the child asked about. */
@ApplicationScoped
public class LogQueries {

    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 100;

    private final LogEntries entries;
    private final ActivityLog activityLog;

    public LogQueries(LogEntries entries, ActivityLog activityLog) {
        this.entries = entries;
        this.activityLog = activityLog;
    }

    public record Query(String actor, String childRef, String service, String resourceType, String resourceId,
                        String action, Instant from, Instant to, Long after, Integer limit) {
    }

    /** A page of entries and, when there may be more, the sequence number to ask after. */
    public record Page(List<LogEntries.Row> entries, Long next) {
    }

    public Page find(Query query) throws SQLException {
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        List<LogEntries.Row> rows = entries.find(new LogEntries.Filter(query.actor(), query.childRef(), query.service(),
                query.resourceType(), query.resourceId(), query.action(), query.from(), query.to(),
                query.after() == null ? -1 : query.after(), limit + 1));
        activityLog.concerning(null, query.childRef() == null ? List.of() : List.of(query.childRef()));
        if (rows.size() > limit) {
            List<LogEntries.Row> page = rows.subList(0, limit);
            return new Page(List.copyOf(page), page.get(page.size() - 1).seq());
        }
        return new Page(rows, null);
    }

    public Optional<LogEntries.Row> get(long seq) throws SQLException {
        Optional<LogEntries.Row> row = entries.get(seq);
        activityLog.concerning(Long.toString(seq), row.map(LogEntries.Row::childRefs).orElse(List.of()));
        return row;
    }
}
