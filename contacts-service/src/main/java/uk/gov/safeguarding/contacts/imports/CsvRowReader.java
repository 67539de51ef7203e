package uk.gov.safeguarding.contacts.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.safeguarding.chassis.imports.TableRow;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.kernel.AnnexACodeList;
import uk.gov.safeguarding.kernel.AnnexAValues;
import uk.gov.safeguarding.chassis.imports.ExportDates;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.contacts.domain.Channel;
import uk.gov.safeguarding.contacts.domain.ContactDecision;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;
import uk.gov.safeguarding.contacts.domain.Sex;
import uk.gov.safeguarding.contacts.service.NewChild;
import uk.gov.safeguarding.contacts.service.NewContact;

/**
 * Reads a table a row at a time (a CSV file, or the List 1 sheet of an Annex A workbook): this service's
 * own columns, or Ofsted Annex A List 1, told apart by the header. One row is one child on one contact.
 */
final class CsvRowReader implements RowReader {

    /** This service's own CSV columns, mapped from the API's field names for error reports. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("senderRef", "sender_ref"),
            Map.entry("localAuthority", "local_authority"),
            Map.entry("receivedAt", "received_at"),
            Map.entry("source", "source"),
            Map.entry("channel", "channel"),
            Map.entry("children[0].childRef", "child_ref"),
            Map.entry("children[0].sex", "sex"),
            Map.entry("children[0].birthMonth", "birth_month"),
            Map.entry("children[0].unborn", "unborn"),
            Map.entry("referrerOrganisation", "referrer_organisation"),
            Map.entry("referrerRole", "referrer_role"),
            Map.entry("decision.outcome", "outcome"),
            Map.entry("decision.decidedAt", "decided_at"),
            Map.entry("decision.referrerInformedAt", "referrer_informed_at"),
            Map.entry("decision.referrerInformedMethod", "referrer_informed_method"));

    private static final Pattern ANNEX_CHILD_ID = Pattern.compile("(?i).*child.*id.*");
    private static final Pattern ANNEX_CONTACT_DATE = Pattern.compile("(?i).*date.*contact.*");
    private static final Pattern ANNEX_SOURCE = Pattern.compile("(?i).*contact.*source.*");
    private static final Pattern ANNEX_GENDER = Pattern.compile("(?i)\\s*(gender|sex)\\s*");
    private static final Pattern ANNEX_BIRTH = Pattern.compile("(?i).*date.*birth.*");

    private static final AnnexAValues ANNEX_A = AnnexAValues.standard();

    private final TableRows rows;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final RowValidation validation;
    private final String defaultLocalAuthority;
    private final boolean annexA;
    private final Map<String, String> annexColumns;

    /** @param rows a CSV file, or the List 1 sheet of an Annex A workbook */
    CsvRowReader(TableRows rows, RowValidation validation, String defaultLocalAuthority, ImportFormat requested) {
        this.rows = rows;
        this.header = rows.header();
        this.columns = new java.util.HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i), i);
        }
        this.validation = validation;
        this.defaultLocalAuthority = defaultLocalAuthority;
        this.annexColumns = annexColumns(header);
        // This service's CSV always has sender_ref; a header without it that names Annex A's columns is Annex A.
        this.annexA = requested == ImportFormat.ANNEX_A || requested == ImportFormat.XLSX
                || (!header.contains("sender_ref") && annexColumns.size() >= 3);
    }

    boolean isAnnexA() {
        return annexA;
    }

    /** The header's missing required columns, reported once for the whole file. */
    List<String> missingColumns() {
        if (annexA) {
            List<String> missing = new ArrayList<>();
            for (String column : List.of("Child Unique ID", "Date of Contact", "Contact Source")) {
                if (!annexColumns.containsKey(column)) {
                    missing.add(column);
                }
            }
            return missing;
        }
        List<String> required = new ArrayList<>(List.of("sender_ref", "received_at", "source", "child_ref", "sex"));
        if (defaultLocalAuthority == null) {
            required.add("local_authority");
        }
        return required.stream().filter(column -> !header.contains(column)).toList();
    }

    private static Map<String, String> annexColumns(List<String> header) {
        Map<String, String> found = new java.util.HashMap<>();
        for (String column : header) {
            if (ANNEX_CHILD_ID.matcher(column).matches()) {
                found.putIfAbsent("Child Unique ID", column);
            } else if (ANNEX_CONTACT_DATE.matcher(column).matches()) {
                found.putIfAbsent("Date of Contact", column);
            } else if (ANNEX_SOURCE.matcher(column).matches()) {
                found.putIfAbsent("Contact Source", column);
            } else if (ANNEX_GENDER.matcher(column).matches()) {
                found.putIfAbsent("Gender", column);
            } else if (ANNEX_BIRTH.matcher(column).matches()) {
                found.putIfAbsent("Date of Birth", column);
            }
        }
        return found;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TableRow record = rows.next();
        long line = record.line();
        FieldViolation problem = record.problem(header);
        if (problem != null) {
            return ImportRow.failed(line, problem.field(), problem.message());
        }
        return annexA ? annexRow(line, record) : nativeRow(line, record);
    }

    private ImportRow nativeRow(long line, TableRow record) {
        List<FieldViolation> problems = new ArrayList<>();
        String localAuthority = Optional.ofNullable(value(record, "local_authority")).orElse(defaultLocalAuthority);
        var receivedAt = parse(record, "received_at", ExportDates::instant, "must be an ISO-8601 date-time or YYYY-MM-DD",
                problems);
        Channel channel = enumValue(record, "channel", Channel.class, problems);
        Sex sex = null;
        String sexValue = value(record, "sex");
        if (sexValue != null) {
            sex = Sex.parse(sexValue).orElse(null);
            if (sex == null) {
                problems.add(new FieldViolation("sex", "must be M, F or U"));
            }
        }
        YearMonth birthMonth = null;
        String birth = value(record, "birth_month");
        if (birth != null) {
            try {
                birthMonth = YearMonth.parse(birth.length() > 7 ? birth.substring(0, 7) : birth);
            } catch (RuntimeException e) {
                problems.add(new FieldViolation("birth_month", "must be YYYY-MM"));
            }
        }
        boolean unborn = "true".equalsIgnoreCase(value(record, "unborn")) || "1".equals(value(record, "unborn"));
        String codes = value(record, "concern_codes");
        List<String> concernCodes = codes == null ? List.of() : Arrays.stream(codes.split("[\\s;,]+"))
                .filter(code -> !code.isBlank()).toList();
        ContactOutcome outcome = enumValue(record, "outcome", ContactOutcome.class, problems);
        var decidedAt = parse(record, "decided_at", ExportDates::instant, "must be an ISO-8601 date-time", problems);
        var informedAt = parse(record, "referrer_informed_at", ExportDates::instant, "must be an ISO-8601 date-time",
                problems);
        FeedbackMethod method = enumValue(record, "referrer_informed_method", FeedbackMethod.class, problems);
        NewContact contact = new NewContact(localAuthority, value(record, "sender_ref"),
                receivedAt, value(record, "source"), channel == null ? Channel.OTHER : channel,
                value(record, "referrer_organisation"), value(record, "referrer_role"),
                List.of(new NewChild(value(record, "child_ref"), birthMonth, unborn, sex)), concernCodes, null);
        ImportedContact.HistoricDecision decision = outcome == null && decidedAt == null && informedAt == null
                ? null : new ImportedContact.HistoricDecision(outcome, decidedAt, informedAt, method);
        return validation.check(line, new ImportedContact(contact, decision), CsvRowReader::nativeColumn, problems);
    }

    static String nativeColumn(String field) {
        return COLUMNS.getOrDefault(field, field);
    }

    private ImportRow annexRow(long line, TableRow record) {
        List<FieldViolation> problems = new ArrayList<>();
        String childId = annexValue(record, "Child Unique ID");
        LocalDate contactDate = null;
        String dateText = annexValue(record, "Date of Contact");
        if (dateText != null) {
            contactDate = ExportDates.date(dateText).orElse(null);
            if (contactDate == null) {
                problems.add(new FieldViolation(annexColumn("Date of Contact"), "must be a date (DD/MM/YYYY or YYYY-MM-DD)"));
            }
        }
        String sourceText = annexValue(record, "Contact Source");
        Optional<ContactSource> source = sourceText == null ? Optional.empty()
                : ANNEX_A.code(AnnexACodeList.SOURCE, sourceText).flatMap(ContactSource::parse);
        if (sourceText != null && source.isEmpty()) {
            problems.add(new FieldViolation(annexColumn("Contact Source"), ANNEX_A.refusal(AnnexACodeList.SOURCE, sourceText)));
        }
        Sex sex = Sex.U;
        String genderText = annexValue(record, "Gender");
        if (genderText != null) {
            Optional<String> gender = ANNEX_A.code(AnnexACodeList.GENDER, genderText);
            sex = gender.map(code -> switch (code) {
                case "1" -> Sex.M;
                case "2" -> Sex.F;
                default -> Sex.U;
            }).orElse(Sex.U);
            if (gender.isEmpty()) {
                problems.add(new FieldViolation(annexColumn("Gender"), ANNEX_A.refusal(AnnexACodeList.GENDER, genderText)));
            }
        }
        YearMonth birthMonth = null;
        String birth = annexValue(record, "Date of Birth");
        if (birth != null) {
            birthMonth = ExportDates.date(birth).map(YearMonth::from).orElse(null);
            if (birthMonth == null) {
                problems.add(new FieldViolation(annexColumn("Date of Birth"), "must be a date"));
            }
        }
        boolean unborn = birthMonth != null && contactDate != null && birthMonth.isAfter(YearMonth.from(contactDate));
        String code = source.map(ContactSource::code).orElse(sourceText);
        // Annex A has no contact id: the child, the day and the source identify the contact.
        String senderRef = childId == null || contactDate == null ? null
                : "annexa:" + childId + ":" + contactDate + ":" + source.map(ContactSource::code).orElse("unknown");
        NewContact contact = new NewContact(defaultLocalAuthority, senderRef,
                contactDate == null ? null : contactDate.atStartOfDay(ContactDecision.LONDON).toInstant(),
                code, Channel.OTHER, null, null,
                List.of(new NewChild(childId, birthMonth, unborn, unborn ? Sex.U : sex)), List.of(), null);
        return validation.check(line, new ImportedContact(contact, null), this::annexColumnFor, problems);
    }

    private String annexColumnFor(String field) {
        return switch (field) {
            case "children[0].childRef", "senderRef" -> annexColumn("Child Unique ID");
            case "receivedAt" -> annexColumn("Date of Contact");
            case "source" -> annexColumn("Contact Source");
            case "children[0].sex" -> annexColumn("Gender");
            case "children[0].birthMonth" -> annexColumn("Date of Birth");
            case "localAuthority" -> "localAuthority (query parameter)";
            default -> field;
        };
    }

    private String annexColumn(String standard) {
        return annexColumns.getOrDefault(standard, standard);
    }

    private String annexValue(TableRow record, String standard) {
        String column = annexColumns.get(standard);
        return column == null ? null : blankToNull(record.get(columns.get(column)));
    }

    private String value(TableRow record, String column) {
        Integer index = columns.get(column);
        return index == null ? null : blankToNull(record.get(index));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private <T> T parse(TableRow record, String column, java.util.function.Function<String, Optional<T>> parser,
                               String message, List<FieldViolation> problems) {
        String value = value(record, column);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            problems.add(new FieldViolation(column, message));
        }
        return parsed.orElse(null);
    }

    private <E extends Enum<E>> E enumValue(TableRow record, String column, Class<E> type,
                                                   List<FieldViolation> problems) {
        String value = value(record, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(column, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
