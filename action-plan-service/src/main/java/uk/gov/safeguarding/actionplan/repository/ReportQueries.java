package uk.gov.safeguarding.actionplan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.SourceType;

/**
 * The reports' reads, in SQL over the tables (V2__action_plans.sql): counted and grouped by PostgreSQL, a page at a
 * time, so a report over thousands of actions costs a few queries whatever its size.
 */
@ApplicationScoped
public class ReportQueries {

    /** What a report is of: any of a council, a source, a type of source and a board. */
    public record Filter(String localAuthority, UUID sourceId, SourceType sourceType, String board) {
    }

    /** How a progress report groups actions. */
    public enum Grouping {
        SOURCE("s.id::text", "max(s.title)"),
        OWNER("a.owner", "a.owner"),
        AGENCY("coalesce(a.owner_agency, '')", "coalesce(a.owner_agency, '')"),
        BOARD("coalesce(a.approved_by_board, '')", "coalesce(a.approved_by_board, '')");

        final String key;
        final String label;

        Grouping(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    public record ProgressRow(String key, String label, long total, long notStarted, long inProgress, long blocked,
                              long complete, long verified, long cancelled, long overdue, long revisedOnce,
                              long revisedMore) {
    }

    public record TrackerRow(UUID recommendationId, UUID sourceId, String sourceTitle, String sourceType,
                             String number, List<String> references, String theme, String response,
                             List<String> statuses, long overdue, LocalDate latestDue) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    private static final String CLOSED = "('COMPLETE', 'VERIFIED', 'CANCELLED')";

    private final EntityManager em;

    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<ProgressRow> progress(Grouping by, Filter filter, LocalDate today) {
        Where where = where(filter);
        Query query = em.createNativeQuery("SELECT " + by.key + ", " + by.label + ", count(*), "
                + "count(*) FILTER (WHERE a.status = 'NOT_STARTED'), count(*) FILTER (WHERE a.status = 'IN_PROGRESS'), "
                + "count(*) FILTER (WHERE a.status = 'BLOCKED'), count(*) FILTER (WHERE a.status = 'COMPLETE'), "
                + "count(*) FILTER (WHERE a.status = 'VERIFIED'), count(*) FILTER (WHERE a.status = 'CANCELLED'), "
                + "count(*) FILTER (WHERE a.status NOT IN " + CLOSED + " AND a.due_date < :today), "
                + "count(*) FILTER (WHERE a.revisions = 1), count(*) FILTER (WHERE a.revisions > 1) "
                + "FROM action a JOIN recommendation r ON r.id = a.recommendation_id JOIN source s ON s.id = r.source_id "
                + where.sql + " GROUP BY 1 ORDER BY 2, 1");
        where.bind(query).setParameter("today", Date.valueOf(today));
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ProgressRow((String) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]),
                n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]))).toList();
    }

    /** Recommendations with their actions' statuses, in the order their sources and they were recorded. */
    @SuppressWarnings("unchecked")
    public Page<TrackerRow> tracker(Filter filter, LocalDate today, int page, int size) {
        Where where = where(new Filter(filter.localAuthority(), filter.sourceId(), filter.sourceType(), null));
        Query count = em.createNativeQuery("SELECT count(*) FROM recommendation r JOIN source s ON s.id = r.source_id "
                + where.sql);
        long total = n(where.bind(count).getSingleResult());
        Query query = em.createNativeQuery("SELECT r.id, s.id, s.title, s.source_type, r.number, r.refs, r.theme, "
                + "r.response, coalesce(array_agg(a.status ORDER BY a.created_at, a.id) FILTER (WHERE a.id IS NOT NULL), "
                + "'{}'), count(a.id) FILTER (WHERE a.status NOT IN " + CLOSED + " AND a.due_date < :today), "
                + "max(a.due_date) FILTER (WHERE a.status <> 'CANCELLED') "
                + "FROM recommendation r JOIN source s ON s.id = r.source_id "
                + "LEFT JOIN action a ON a.recommendation_id = r.id " + where.sql
                + " GROUP BY r.id, s.id ORDER BY s.created_at, s.id, r.created_at, r.id");
        where.bind(query).setParameter("today", Date.valueOf(today));
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(rows.stream().map(r -> new TrackerRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], texts(r[5]), (String) r[6], (String) r[7], texts(r[8]), n(r[9]),
                date(r[10]))).toList(), total);
    }

    /** Which actions a list is of, beyond its filter: an owner, statuses, only the overdue. */
    public record Selection(String owner, Collection<String> statuses, boolean overdueOnly) {

        /** What a board pack lists: all but verified and cancelled (a completed action waits for verification). */
        public static final Selection BOARD_PACK = new Selection(null,
                List.of("NOT_STARTED", "IN_PROGRESS", "BLOCKED", "COMPLETE"), false);
    }

    /** Actions of the filter and selection, soonest due first. */
    public Page<ActionRow> actions(Filter filter, Selection selection, LocalDate today, int page, int size) {
        Where where = where(filter);
        // a board's or an owner's actions need no join: the action names both
        boolean bySource = filter.localAuthority() != null || filter.sourceId() != null || filter.sourceType() != null;
        StringBuilder from = new StringBuilder(bySource ? " FROM action a JOIN recommendation r ON r.id = "
                + "a.recommendation_id JOIN source s ON s.id = r.source_id " : " FROM action a ").append(where.sql);
        Map<String, Object> parameters = new HashMap<>(where.parameters);
        if (selection.owner() != null) {
            from.append(" AND a.owner = :owner");
            parameters.put("owner", selection.owner());
        }
        if (selection.statuses() != null && !selection.statuses().isEmpty()) {
            from.append(" AND a.status IN (:statuses)");
            parameters.put("statuses", List.copyOf(selection.statuses()));
        }
        if (selection.overdueOnly()) {
            from.append(" AND a.status NOT IN ").append(CLOSED).append(" AND a.due_date < :today");
            parameters.put("today", Date.valueOf(today));
        }
        Where all = new Where(from.toString(), parameters);
        long total = n(all.bind(em.createNativeQuery("SELECT count(*)" + all.sql)).getSingleResult());
        @SuppressWarnings("unchecked")
        List<ActionRow> rows = all.bind(em.createNativeQuery("SELECT a.*" + all.sql + " ORDER BY a.due_date, a.id",
                ActionRow.class)).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(rows, total);
    }

    /** The latest update of each action, by when it was recorded. */
    public Map<UUID, ActionUpdateRow> latestUpdates(Collection<UUID> actions) {
        return latest(actions, "");
    }

    /** The latest update of each action that gives its owner's RAG. */
    public Map<UUID, ActionUpdateRow> latestOwnerRags(Collection<UUID> actions) {
        return latest(actions, " AND owner_rag IS NOT NULL");
    }

    private Map<UUID, ActionUpdateRow> latest(Collection<UUID> actions, String condition) {
        Map<UUID, ActionUpdateRow> latest = new HashMap<>();
        if (actions.isEmpty()) {
            return latest;
        }
        @SuppressWarnings("unchecked")
        List<ActionUpdateRow> rows = em.createNativeQuery("SELECT DISTINCT ON (action_id) * FROM action_update "
                        + "WHERE action_id IN (:ids)" + condition + " ORDER BY action_id, recorded_at DESC, id DESC",
                ActionUpdateRow.class).setParameter("ids", List.copyOf(actions)).getResultList();
        rows.forEach(row -> latest.put(row.actionId, row));
        return latest;
    }

    /** Each action's due date revisions approved, oldest first. */
    public Map<UUID, List<DueDateRevisionRow>> approvedRevisions(Collection<UUID> actions) {
        Map<UUID, List<DueDateRevisionRow>> revisions = new HashMap<>();
        if (actions.isEmpty()) {
            return revisions;
        }
        DueDateRevisionRow.<DueDateRevisionRow>find("actionId in ?1 and approved = true order by requestedAt, id",
                List.copyOf(actions)).list().forEach(row -> revisions.computeIfAbsent(row.actionId,
                k -> new ArrayList<>()).add(row));
        return revisions;
    }

    /** The sources (with their recommendations) of these actions. */
    public Map<UUID, RecommendationRow> recommendations(Collection<UUID> ids) {
        Map<UUID, RecommendationRow> found = new HashMap<>();
        if (!ids.isEmpty()) {
            RecommendationRow.<RecommendationRow>find("id in ?1", List.copyOf(ids)).list().forEach(r -> found.put(r.id, r));
        }
        return found;
    }

    public Map<UUID, SourceRow> sources(Collection<UUID> ids) {
        Map<UUID, SourceRow> found = new HashMap<>();
        if (!ids.isEmpty()) {
            SourceRow.<SourceRow>find("id in ?1", List.copyOf(ids)).list().forEach(s -> found.put(s.id, s));
        }
        return found;
    }

    /** The WHERE clause of a filter, with its parameters bound by name. */
    private record Where(String sql, Map<String, Object> parameters) {

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.localAuthority() != null) {
            // the GIN index on local_authorities answers @>, not = ANY
            conditions.add("s.local_authorities @> CAST(:councils AS text[])");
            parameters.put("councils", "{" + filter.localAuthority() + "}");
        }
        if (filter.sourceId() != null) {
            conditions.add("s.id = :source");
            parameters.put("source", filter.sourceId());
        }
        if (filter.sourceType() != null) {
            conditions.add("s.source_type = :type");
            parameters.put("type", filter.sourceType().name());
        }
        if (filter.board() != null) {
            conditions.add("a.approved_by_board = :board");
            parameters.put("board", filter.board());
        }
        return new Where("WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] texts) {
            return Arrays.asList(texts);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return texts(array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("an array column could not be read", e);
            }
        }
        if (value instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
