package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.FactSource;
import uk.gov.safeguarding.kpi.domain.FactSources;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** Practice records by council, kind and the sender's id; the source of every practice kind of fact. */
@ApplicationScoped
public class PracticeRecordRepository implements FactSources {

    public record Key(String localAuthority, RecordKind kind, String recordId) {
    }

    private static final String COLUMNS = "kind, record_id, local_authority, child_ref, team, worker, referral_date, "
            + "start_date, end_date, authorised_date, event_date, strategy_discussion_date, icpc_date, "
            + "icpc_not_required, source, nfa, categories, previous_plans, seen_alone, placement_type, "
            + "placement_start_date";

    private final DataSource dataSource;

    public PracticeRecordRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored versions of these records, for the months a change to them touches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Key, PracticeRecord> find(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM practice_record "
                     + "WHERE (local_authority, kind, record_id) IN (SELECT * FROM unnest(?::text[], ?::text[], ?::text[])) "
                     + "FOR UPDATE")) {
            query.setArray(1, connection.createArrayOf("text", keys.stream().map(Key::localAuthority).toArray()));
            query.setArray(2, connection.createArrayOf("text", keys.stream().map(key -> key.kind().name()).toArray()));
            query.setArray(3, connection.createArrayOf("text", keys.stream().map(Key::recordId).toArray()));
            Map<Key, PracticeRecord> found = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    PracticeRecord record = read(rows);
                    found.put(new Key(record.localAuthority(), record.kind(), record.recordId()), record);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read practice records", e);
        }
    }

    /** What a search of one council's records of one kind asks for, a page after a record id. */
    public record Search(String localAuthority, RecordKind kind, String team, LocalDate startFrom, LocalDate startTo,
                         boolean openOnly, Integer minDays, LocalDate today, String afterRecordId, int limit) {
    }

    /**
     * Records in record-id order. Dates are those of the kind's span (see the domain's RecordSpan): {@code minDays}
     * keeps records whose span (to {@code today} while open) is at least that many calendar days.
     */
    public List<PracticeRecord> search(Search search) {
        String start = switch (search.kind()) {
            case REFERRAL -> "referral_date";
            case S47_ENQUIRY -> "strategy_discussion_date";
            case CP_VISIT, CP_REVIEW, CIN_REVIEW, CLA_VISIT, CLA_REVIEW -> "event_date";
            default -> "start_date";
        };
        String end = switch (search.kind()) {
            case REFERRAL -> "referral_date";
            case ASSESSMENT -> "authorised_date";
            case S47_ENQUIRY -> "coalesce(icpc_date, end_date)";
            case CP_VISIT, CP_REVIEW, CIN_REVIEW, CLA_VISIT, CLA_REVIEW -> "event_date";
            default -> "end_date";
        };
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM practice_record WHERE local_authority = ? AND kind = ? AND record_id > ?");
        List<Object> values = new ArrayList<>(List.of(search.localAuthority(), search.kind().name(),
                search.afterRecordId() == null ? "" : search.afterRecordId()));
        if (search.team() != null) {
            sql.append(" AND team = ?");
            values.add(search.team());
        }
        if (search.startFrom() != null) {
            sql.append(" AND ").append(start).append(" >= ?");
            values.add(search.startFrom());
        }
        if (search.startTo() != null) {
            sql.append(" AND ").append(start).append(" <= ?");
            values.add(search.startTo());
        }
        if (search.openOnly()) {
            sql.append(" AND ").append(start).append(" IS NOT NULL AND ").append(end).append(" IS NULL");
        }
        if (search.minDays() != null) {
            sql.append(" AND coalesce(").append(end).append(", ?::date) - ").append(start).append(" >= ?");
            values.add(search.today());
            values.add(search.minDays());
        }
        sql.append(" ORDER BY record_id LIMIT ?");
        values.add(search.limit());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                query.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            List<PracticeRecord> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search practice records", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(List<PracticeRecord> records, Instant now) {
        if (records.isEmpty()) {
            return;
        }
        String updates = Arrays.stream(COLUMNS.split(", ")).skip(3)
                .map(column -> column + " = EXCLUDED." + column).reduce((a, b) -> a + ", " + b).orElseThrow();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO practice_record (" + COLUMNS
                     + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     + "ON CONFLICT (local_authority, kind, record_id) DO UPDATE SET " + updates
                     + ", updated_at = EXCLUDED.updated_at")) {
            for (PracticeRecord record : records) {
                int i = 1;
                upsert.setString(i++, record.kind().name());
                upsert.setString(i++, record.recordId());
                upsert.setString(i++, record.localAuthority());
                upsert.setString(i++, record.childRef());
                upsert.setString(i++, record.team());
                upsert.setString(i++, record.worker());
                for (LocalDate date : new LocalDate[] {record.referralDate(), record.startDate(), record.endDate(),
                        record.authorisedDate(), record.date(), record.strategyDiscussionDate(), record.icpcDate()}) {
                    setDate(upsert, i++, date);
                }
                setBoolean(upsert, i++, record.icpcNotRequired());
                upsert.setString(i++, record.source());
                setBoolean(upsert, i++, record.nfa());
                upsert.setArray(i++, record.categories() == null ? null
                        : connection.createArrayOf("text", record.categories().toArray()));
                if (record.previousPlans() == null) {
                    upsert.setNull(i++, Types.INTEGER);
                } else {
                    upsert.setInt(i++, record.previousPlans());
                }
                setBoolean(upsert, i++, record.seenAlone());
                upsert.setString(i++, record.placementType());
                setDate(upsert, i++, record.placementStartDate());
                upsert.setTimestamp(i, Timestamp.from(now));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store practice records", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM practice_record "
                     + "WHERE local_authority = ? AND kind = ? AND record_id = ?")) {
            for (Key key : keys) {
                delete.setString(1, key.localAuthority());
                delete.setString(2, key.kind().name());
                delete.setString(3, key.recordId());
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete practice records", e);
        }
    }

    @Override
    public List<FactSource<?>> factSources() {
        return FactKind.PRACTICE.stream().<FactSource<?>>map(kind -> new FactSource<PracticeRecord>() {
            @Override
            public FactKind<PracticeRecord> kind() {
                return kind;
            }

            @Override
            public List<PracticeRecord> load(String localAuthority, YearMonth month) {
                return PracticeRecordRepository.this.load(kind, localAuthority, month);
            }
        }).toList();
    }

    /** The records of a fact kind that can touch the council's month: see {@link FactKind}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PracticeRecord> load(FactKind<PracticeRecord> factKind, String localAuthority, YearMonth month) {
        Date start = Date.valueOf(month.atDay(1));
        Date end = Date.valueOf(month.atEndOfMonth());
        String sql;
        List<Object> parameters = new ArrayList<>(List.of(localAuthority));
        if (factKind.equals(FactKind.ASSESSMENTS)) {
            sql = "kind = 'ASSESSMENT' AND authorised_date BETWEEN ? AND ?";
            parameters.addAll(List.of(start, end));
        } else if (factKind.equals(FactKind.S47_ENQUIRIES)) {
            sql = "kind = 'S47_ENQUIRY' AND icpc_date BETWEEN ? AND ?";
            parameters.addAll(List.of(start, end));
        } else if (factKind.equals(FactKind.CASELOADS)) {
            // Kinds written out, so that the episodes' end-date index (partial on kind) serves any plan:
            // open episodes and those ended after the month, not every episode the council ever started.
            sql = "kind IN (" + inList(factKind.records()) + ") AND start_date <= ? AND (end_date IS NULL OR end_date > ?)";
            parameters.addAll(List.of(end, end));
        } else {
            RecordKind episode = factKind.records().stream().filter(RecordKind.EPISODES::contains).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No episodes in " + factKind.name()));
            sql = "kind = ANY (?) AND child_ref IN (SELECT child_ref FROM practice_record WHERE local_authority = ? "
                    + "AND kind = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?))";
            parameters.addAll(List.of(kinds(factKind), localAuthority, episode.name(), end, start));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM practice_record WHERE local_authority = ? AND " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof String[] array) {
                    Array sqlArray = connection.createArrayOf("text", array);
                    query.setArray(i + 1, sqlArray);
                } else {
                    query.setObject(i + 1, parameter);
                }
            }
            query.setFetchSize(5_000);
            List<PracticeRecord> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + factKind.name() + " of " + localAuthority + " " + month, e);
        }
    }

    /** Record kinds as SQL literals; they are this service's own names, never a caller's text. */
    private static String inList(Set<RecordKind> kinds) {
        return kinds.stream().map(kind -> "'" + kind.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static String[] kinds(FactKind<PracticeRecord> factKind) {
        return factKind.records().stream().map(Enum::name).toArray(String[]::new);
    }

    private static PracticeRecord read(ResultSet rows) throws SQLException {
        Array categories = rows.getArray("categories");
        int previous = rows.getInt("previous_plans");
        Integer previousPlans = rows.wasNull() ? null : previous;
        return new PracticeRecord(RecordKind.valueOf(rows.getString("kind")), rows.getString("record_id"),
                rows.getString("local_authority"), rows.getString("child_ref"), rows.getString("team"),
                rows.getString("worker"), date(rows, "referral_date"), date(rows, "start_date"), date(rows, "end_date"),
                date(rows, "authorised_date"), date(rows, "event_date"), date(rows, "strategy_discussion_date"),
                date(rows, "icpc_date"), bool(rows, "icpc_not_required"), rows.getString("source"), bool(rows, "nfa"),
                categories == null ? null : Arrays.asList((String[]) categories.getArray()), previousPlans,
                bool(rows, "seen_alone"), rows.getString("placement_type"), date(rows, "placement_start_date"));
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        Date value = rows.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Boolean bool(ResultSet rows, String column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? null : value;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}
