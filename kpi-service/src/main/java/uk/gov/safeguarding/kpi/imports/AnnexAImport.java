package uk.gov.safeguarding.kpi.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.TableRow;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.kernel.AnnexALists;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.BatchOutcome;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;
import uk.gov.safeguarding.kpi.service.RecordProblem;

/**
 * Reads an Ofsted Annex A list (3 to 8), as CSV or a sheet of the workbook, into practice records. Rows are stored in chunks, each in
 * its own transaction, so a large file neither holds one long transaction nor all of itself in memory;
 * a row that cannot be used is reported with its line, the Annex A column and why.
 */
@ApplicationScoped
public class AnnexAImport {

    static final int CHUNK_ROWS = 2_000;
    /** The Annex A lists this service loads. */
    private static final Set<Integer> USED = java.util.Arrays.stream(AnnexAList.values()).map(AnnexAList::number)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    public static final int MAX_ROWS = 500_000;

    private final PracticeRecordIntake intake;

    public AnnexAImport(PracticeRecordIntake intake) {
        this.intake = intake;
    }

    /** An Annex A list sent as CSV (as Excel saves it, too). */
    public BatchOutcome load(AnnexAList list, String localAuthority, Reader csv) {
        try (TableRows rows = CsvUploads.rows(csv)) {
            return load(list, localAuthority, rows, new Count());
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not readable as CSV: " + CsvUploads.describe(e));
        }
    }

    /**
     * A whole Annex A workbook: each sheet is taken for the list its header shows; Lists 3 to 8 are loaded,
     * the others (and sheets that are no list) reported as skipped.
     */
    public WorkbookOutcome loadWorkbook(String localAuthority, Path file) {
        List<WorkbookOutcome.Loaded> loaded = new ArrayList<>();
        List<WorkbookOutcome.Skipped> skipped = new ArrayList<>();
        Count count = new Count();
        try (Workbook workbook = Workbook.open(file)) {
            for (Iterator<Workbook.Sheet> sheets = workbook.sheets(); sheets.hasNext(); ) {
                Workbook.Sheet sheet = sheets.next();
                try (TableRows rows = sheet.rows()) {
                    String notRead = AnnexALists.whyNotRead(rows.header(), USED);
                    OptionalInt number = AnnexALists.numberOf(rows.header());
                    if (notRead == null) {
                        loaded.add(new WorkbookOutcome.Loaded(sheet.name(), number.getAsInt(),
                                load(AnnexAList.numbered(number.getAsInt()).orElseThrow(), localAuthority, rows, count)));
                    } else {
                        skipped.add(new WorkbookOutcome.Skipped(sheet.name(),
                                number.isPresent() ? number.getAsInt() : null, notRead));
                    }
                }
            }
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The workbook cannot be read: " + CsvUploads.describe(e));
        }
        return new WorkbookOutcome(loaded, skipped);
    }

    /** Rows read so far in one upload, across its sheets, held to {@link #MAX_ROWS}. */
    private static final class Count {
        long rows;
    }

    private BatchOutcome load(AnnexAList list, String localAuthority, TableRows table, Count count) {
        List<String> header = table.header();
        Map<String, Integer> columns = resolve(list, header);
        long rows = 0;
        long stored = 0;
        long records = 0;
        List<RecordProblem> errors = new ArrayList<>();
        List<PracticeRecordIntake.Item> chunk = new ArrayList<>();
        List<RecordProblem> chunkErrors = new ArrayList<>();
        Set<Long> chunkRows = new HashSet<>();
        while (table.hasNext()) {
            TableRow row = table.next();
            rows++;
            if (++count.rows > MAX_ROWS) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_ROWS
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
            // a row's records go to the intake together, so it can store the row whole or not at all
            if (chunkRows.size() >= CHUNK_ROWS) {
                BatchOutcome outcome = flush(list, chunk, chunkErrors, errors);
                stored += outcome.stored();
                records += outcome.recordsStored();
                chunkRows.clear();
            }
        }
        BatchOutcome outcome = flush(list, chunk, chunkErrors, errors);
        stored += outcome.stored();
        records += outcome.recordsStored();
        long failed = errors.stream().map(RecordProblem::item).distinct().count();
        return new BatchOutcome(rows, stored, 0, failed, records, errors);
    }

    private BatchOutcome flush(AnnexAList list, List<PracticeRecordIntake.Item> chunk, List<RecordProblem> chunkErrors,
                               List<RecordProblem> errors) {
        if (chunk.isEmpty() && chunkErrors.isEmpty()) {
            return new BatchOutcome(0, 0, 0, 0, 0, List.of());
        }
        BatchOutcome outcome = intake.apply(List.copyOf(chunk), chunkErrors, (kind, field) -> columnOf(list, kind, field));
        errors.addAll(outcome.errors());
        chunk.clear();
        chunkErrors.clear();
        return outcome;
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
