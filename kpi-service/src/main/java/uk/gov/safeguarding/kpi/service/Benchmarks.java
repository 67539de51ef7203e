package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import org.apache.commons.csv.CSVRecord;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kpi.domain.ReportingYear;
import uk.gov.safeguarding.kpi.repository.KpiBenchmarkRow;

/** Statistical-neighbour and England figures per KPI and reporting year, by API or CSV. */
@ApplicationScoped
public class Benchmarks {

    public static final List<String> CSV_COLUMNS = List.of("kpi_code", "year", "statistical_neighbours", "england", "source");
    static final int MAX_ROWS = 10_000;

    private final KpiCatalogue catalogue;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final ReferenceData referenceData;

    public Benchmarks(KpiCatalogue catalogue, ActivityLog activityLog, Actor actor, ReferenceData referenceData) {
        this.catalogue = catalogue;
        this.activityLog = activityLog;
        this.actor = actor;
        this.referenceData = referenceData;
    }

    @Transactional
    public List<KpiBenchmarkRow> list(String kpiCode) {
        return kpiCode == null ? KpiBenchmarkRow.list("ORDER BY kpiCode, period")
                : KpiBenchmarkRow.list("kpiCode = ?1 ORDER BY period", kpiCode);
    }

    @Transactional
    public KpiBenchmarkRow put(String kpiCode, String year, BenchmarkFigures request) {
        catalogue.row(kpiCode).orElseThrow(() -> ProblemException.notFound("KPI", kpiCode));
        ReportingYear parsedYear = parseYear("year", year);
        OneDecimalPlace.require("statisticalNeighbours", request.statisticalNeighbours());
        OneDecimalPlace.require("england", request.england());
        if (request.statisticalNeighbours() == null && request.england() == null) {
            throw ProblemException.invalid("england", "give statisticalNeighbours, england or both");
        }
        KpiBenchmarkRow row = store(kpiCode, parsedYear, request.statisticalNeighbours(), request.england(),
                request.source(), Instant.now());
        referenceData.invalidate();
        activityLog.recordSuccess(kpiCode + "/" + parsedYear);
        return row;
    }

    /** Stores the valid rows and reports the others; a file with a wrong header stores nothing. */
    @Transactional
    public UploadOutcome load(Reader csv) {
        Set<String> codes = catalogue.definitions().keySet();
        List<RowProblem> errors = new ArrayList<>();
        long read = 0;
        long stored = 0;
        Instant now = Instant.now();
        try (CSVParser parser = CsvUploads.open(csv)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("kpi_code", "year")) || !(header.contains("england")
                    || header.contains("statistical_neighbours"))) {
                throw ProblemException.invalid("header", "needs the columns " + CSV_COLUMNS
                        + " (source and one of the two figures may be left out)");
            }
            for (CSVRecord record : parser) {
                read++;
                if (read > MAX_ROWS) {
                    throw ProblemException.invalid("body", "at most " + MAX_ROWS + " rows in one upload");
                }
                long line = record.getRecordNumber() + 1;
                FieldViolation unsafe = CsvUploads.unsafeCell(record, parser.getHeaderNames());
                if (unsafe != null) {
                    errors.add(new RowProblem(line, unsafe.field(), unsafe.message()));
                    continue;
                }
                Map<String, String> row = lowerCaseKeys(record.toMap());
                try {
                    String code = row.getOrDefault("kpi_code", "").toUpperCase(Locale.ROOT);
                    if (!codes.contains(code)) {
                        throw new RowRefused("kpi_code", "is not a KPI of the catalogue");
                    }
                    ReportingYear year = parseRowYear(row.get("year"));
                    BigDecimal neighbours = number("statistical_neighbours", row.get("statistical_neighbours"));
                    BigDecimal england = number("england", row.get("england"));
                    if (neighbours == null && england == null) {
                        throw new RowRefused("england", "give statistical_neighbours, england or both");
                    }
                    String source = row.get("source");
                    if (source != null && source.length() > 300) {
                        throw new RowRefused("source", "must be at most 300 characters");
                    }
                    store(code, year, neighbours, england, source == null || source.isBlank() ? null : source, now);
                    stored++;
                } catch (RowRefused refused) {
                    errors.add(new RowProblem(line, refused.field, refused.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw ProblemException.invalid("body", "is not readable as CSV: " + CsvUploads.describe(e));
        }
        referenceData.invalidate();
        activityLog.recordSuccess(null);
        return new UploadOutcome(read, stored, errors.size(), errors);
    }

    private KpiBenchmarkRow store(String code, ReportingYear year, BigDecimal neighbours, BigDecimal england,
                                  String source, Instant now) {
        KpiBenchmarkRow row = KpiBenchmarkRow.findById(new KpiBenchmarkRow.Key(code, year.toString()));
        if (row == null) {
            row = new KpiBenchmarkRow();
            row.kpiCode = code;
            row.period = year.toString();
        }
        row.statisticalNeighbours = neighbours;
        row.england = england;
        row.source = source;
        row.loadedAt = now;
        row.loadedBy = actor.id();
        row.persist();
        return row;
    }

    private static ReportingYear parseYear(String field, String text) {
        try {
            return ReportingYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static ReportingYear parseRowYear(String text) {
        try {
            return ReportingYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RowRefused("year", e.getMessage());
        }
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace("%", ""));
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 1 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new RowRefused(field, "must be between 0 and 1000000 with at most one decimal place");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RowRefused(field, "must be a number such as 81.4");
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> row) {
        Map<String, String> lower = new java.util.HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static final class RowRefused extends RuntimeException {
        private final String field;

        RowRefused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
