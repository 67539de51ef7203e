package uk.gov.safeguarding.kpi.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import org.apache.commons.csv.CSVRecord;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.BatchOutcome;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;
import uk.gov.safeguarding.kpi.service.RecordProblem;

/**
 * Reads an Ofsted Annex A list (3 to 8) as CSV into practice records. Rows are stored in chunks, each in
 * its own transaction, so a large file neither holds one long transaction nor all of itself in memory;
 * a row that cannot be used is reported with its line, the Annex A column and why.
 */
@ApplicationScoped
public class AnnexAImport {

    static final int CHUNK_ROWS = 2_000;
    public static final int MAX_ROWS = 500_000;

    private final PracticeRecordIntake intake;

    public AnnexAImport(PracticeRecordIntake intake) {
        this.intake = intake;
    }

    public BatchOutcome load(AnnexAList list, String localAuthority, Reader csv) {
        try (CSVParser parser = CsvUploads.open(csv)) {
            Map<String, String> columns = resolve(list, parser.getHeaderNames());
            long rows = 0;
            long stored = 0;
            List<RecordProblem> errors = new ArrayList<>();
            List<PracticeRecordIntake.Item> chunk = new ArrayList<>();
            List<RecordProblem> chunkErrors = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_ROWS
                            + " rows in one upload; rows before this were stored");
                }
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    chunkErrors.add(new RecordProblem(line, null, "row", "has " + record.size()
                            + " values but the header has " + parser.getHeaderNames().size() + " columns"));
                    continue;
                }
                FieldViolation unsafe = CsvUploads.unsafeCell(record, parser.getHeaderNames());
                if (unsafe != null) {
                    chunkErrors.add(new RecordProblem(line, null, unsafe.field(), unsafe.message()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((canonical, actual) -> values.put(canonical, record.get(actual)));
                try {
                    for (NewPracticeRecord request : new AnnexARows(localAuthority, values).toRecords(list)) {
                        chunk.add(new PracticeRecordIntake.Item(line, request));
                    }
                } catch (AnnexARows.Unreadable unreadable) {
                    chunkErrors.add(new RecordProblem(line, null, unreadable.column, unreadable.getMessage()));
                }
                if (chunk.size() >= CHUNK_ROWS) {
                    stored += flush(list, chunk, chunkErrors, errors);
                }
            }
            stored += flush(list, chunk, chunkErrors, errors);
            long failed = errors.stream().map(RecordProblem::item).distinct().count();
            return new BatchOutcome(rows, stored, 0, failed, errors);
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not readable as CSV: " + CsvUploads.describe(e));
        }
    }

    private long flush(AnnexAList list, List<PracticeRecordIntake.Item> chunk, List<RecordProblem> chunkErrors,
                       List<RecordProblem> errors) {
        if (chunk.isEmpty() && chunkErrors.isEmpty()) {
            return 0;
        }
        BatchOutcome report = intake.apply(List.copyOf(chunk), chunkErrors, (kind, field) -> columnOf(list, kind, field));
        errors.addAll(report.errors());
        chunk.clear();
        chunkErrors.clear();
        return report.stored();
    }

    private static Map<String, String> resolve(AnnexAList list, List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<AnnexAColumn> wanted = new ArrayList<>(List.of(AnnexAList.CHILD_ID, AnnexAList.TEAM, AnnexAList.WORKER));
        wanted.addAll(list.columns());
        for (AnnexAColumn column : wanted) {
            Optional<String> found = column.findIn(header);
            if (found.isPresent()) {
                columns.put(column.name(), found.get());
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
