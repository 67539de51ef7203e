package uk.gov.safeguarding.kpi.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.TableRow;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.BatchOutcome;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;
import uk.gov.safeguarding.kpi.service.RecordProblem;

/**
 * Reads an Ofsted Annex A list (3 to 8), as CSV or a sheet of the workbook, into practice records. Rows are
 * stored in chunks, each in its own transaction, so a large file neither holds one long transaction nor all
 * of itself in memory; a row that cannot be used is reported with its line, the Annex A column and why.
 */
@ApplicationScoped
public class AnnexAImport {

    static final int CHUNK_ROWS = 2_000;
    /** The Annex A lists this service loads. */
    public static final Set<Integer> USED = java.util.Arrays.stream(AnnexAList.values()).map(AnnexAList::number)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Rows one CSV sent to wait for may hold; an upload read after the answer has no such limit. */
    public static final int MAX_ROWS = 500_000;

    private final PracticeRecordIntake intake;

    public AnnexAImport(PracticeRecordIntake intake) {
        this.intake = intake;
    }

    /** An Annex A list sent as CSV (as Excel saves it, too), stored while the caller waits. */
    public BatchOutcome load(AnnexAList list, String localAuthority, Reader csv) {
        List<RecordProblem> errors = new ArrayList<>();
        try (TableRows rows = CsvUploads.rows(csv)) {
            BatchOutcome counted = read(list, localAuthority, rows, MAX_ROWS, chunk -> {
                BatchOutcome outcome = intake.apply(chunk.items(), chunk.errors(), chunk.fieldNames());
                errors.addAll(outcome.errors());
                return outcome;
            });
            return new BatchOutcome(counted.received(), counted.stored(), counted.deleted(), counted.failed(),
                    counted.recordsStored(), errors);
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not readable as CSV: " + CsvUploads.describe(e));
        }
    }

    /**
     * A chunk of rows for the intake: the records of its readable rows (a row's records together, so the
     * intake can store the row whole or not at all), the rows that could not be read, and how the report
     * names fields (by the list's columns).
     */
    public record Chunk(List<PracticeRecordIntake.Item> items, List<RecordProblem> errors,
                        PracticeRecordIntake.FieldNames fieldNames) {
    }

    /** Stores a chunk (in a transaction of its own) and says what it stored. */
    @FunctionalInterface
    public interface ChunkStore {
        BatchOutcome store(Chunk chunk);
    }

    /**
     * Reads the rows of one list in chunks of {@link #CHUNK_ROWS}, each handed to {@code store}; returns the
     * counts (not the errors, which stay with the store). More than {@code maxRows} rows refuses the rest.
     */
    public BatchOutcome read(AnnexAList list, String localAuthority, TableRows table, long maxRows, ChunkStore store) {
        List<String> header = table.header();
        Map<String, Integer> columns = resolve(list, header);
        PracticeRecordIntake.FieldNames fieldNames = (kind, field) -> columnOf(list, kind, field);
        long rows = 0;
        BatchOutcome total = NOTHING;
        List<PracticeRecordIntake.Item> chunk = new ArrayList<>();
        List<RecordProblem> chunkErrors = new ArrayList<>();
        Set<Long> chunkRows = new HashSet<>();
        while (table.hasNext()) {
            TableRow row = table.next();
            if (++rows > maxRows) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + maxRows
                        + " rows in one upload; rows before this were stored");
            }
            long line = row.line();
            chunkRows.add(line);
            FieldViolation problem = row.problem(header);
            if (problem != null) {
                chunkErrors.add(new RecordProblem(line, null, problem.field(), problem.message()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((canonical, index) -> values.put(canonical, row.get(index)));
            try {
                for (NewPracticeRecord record : new AnnexARows(localAuthority, values).toRecords(list)) {
                    chunk.add(new PracticeRecordIntake.Item(line, record));
                }
            } catch (AnnexARows.Unreadable unreadable) {
                chunkErrors.add(new RecordProblem(line, null, unreadable.column, unreadable.getMessage()));
            }
            if (chunkRows.size() >= CHUNK_ROWS) {
                total = plus(total, store.store(new Chunk(List.copyOf(chunk), new ArrayList<>(chunkErrors), fieldNames)));
                chunk.clear();
                chunkErrors.clear();
                chunkRows.clear();
            }
        }
        if (!chunkRows.isEmpty()) {
            total = plus(total, store.store(new Chunk(List.copyOf(chunk), new ArrayList<>(chunkErrors), fieldNames)));
        }
        return total;
    }

    private static final BatchOutcome NOTHING = new BatchOutcome(0, 0, 0, 0, 0, List.of());

    private static BatchOutcome plus(BatchOutcome a, BatchOutcome b) {
        return new BatchOutcome(a.received() + b.received(), a.stored() + b.stored(), a.deleted() + b.deleted(),
                a.failed() + b.failed(), a.recordsStored() + b.recordsStored(), List.of());
    }

    private static Map<String, Integer> resolve(AnnexAList list, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<AnnexAColumn> wanted = new ArrayList<>(List.of(AnnexAList.CHILD_ID, AnnexAList.TEAM, AnnexAList.WORKER));
        wanted.addAll(list.columns());
        for (AnnexAColumn column : wanted) {
            OptionalInt found = column.findIn(header);
            if (found.isPresent()) {
                columns.put(column.name(), found.getAsInt());
            } else if (column.required()) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("header", "Annex A List " + list.number() + " needs the columns " + missing);
        }
        return columns;
    }

    /** The Annex A column behind a practice-record field, so a row error points into the caller's file. */
    static String columnOf(AnnexAList list, RecordKind kind, String field) {
        String common = AnnexAList.FIELD_COLUMNS.get(field);
        if (common != null) {
            return common;
        }
        String column = switch (list) {
            case LIST_3 -> switch (field) {
                case "referralDate" -> "Date of referral";
                case "source" -> "Referral Source";
                default -> null;
            };
            case LIST_4 -> switch (field) {
                case "referralDate", "startDate" -> "Continuous Assessment Start Date";
                case "authorisedDate" -> "Continuous Assessment Date of Authorisation";
                default -> null;
            };
            case LIST_5 -> switch (field) {
                case "strategyDiscussionDate" -> "Strategy discussion initiating Section 47 Enquiry Start Date";
                case "icpcDate" -> "Date of Initial Child Protection Conference";
                default -> null;
            };
            case LIST_6 -> switch (field) {
                case "startDate" -> "CIN Start Date";
                case "endDate" -> "CIN Closure Date";
                default -> null;
            };
            case LIST_7 -> switch (field) {
                case "startDate" -> "Child Protection Plan Start Date";
                case "endDate" -> "Child Protection Plan End Date";
                case "categories", "categories[0]" -> "Latest Category of Abuse";
                case "previousPlans" -> "Number of Previous Child Protection Plans";
                case "date" -> kind == RecordKind.CP_VISIT ? "Date of the Last Statutory Visit"
                        : "Date of latest review conference";
                default -> null;
            };
            case LIST_8 -> switch (field) {
                case "startDate" -> "Date Started to be Looked After";
                case "endDate" -> "Date Ceased to be Looked After";
                case "placementStartDate" -> "Start Date of Most Recent Placement";
                case "placementType" -> "Placement Type";
                case "date" -> kind == RecordKind.CLA_VISIT ? "Date of Last Social Work Visit"
                        : "Date of Latest Statutory Review";
                default -> null;
            };
        };
        return column != null ? column : field;
    }
}
