package uk.gov.safeguarding.kpi.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.safeguarding.chassis.imports.ExportDates;
import uk.gov.safeguarding.kernel.AnnexACodeList;
import uk.gov.safeguarding.kernel.AnnexAValues;
import uk.gov.safeguarding.kernel.Sha256;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.NewPracticeRecord;

/**
 * Turns one Annex A row into practice records. Annex A rows have no ids of their own, so each record's
 * id is made from the list, the child and its key date: uploading the same file again replaces rather
 * than adds. A row of List 7 or 8 also gives the last visit and latest review as records of their own.
 */
final class AnnexARows {

    /** Thrown for a value that cannot be read; becomes a row error naming the column. */
    static final class Unreadable extends RuntimeException {
        final String column;

        Unreadable(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private static final AnnexAValues VALUES = AnnexAValues.standard();

    private final String localAuthority;
    private final Map<String, String> row;

    /** @param row the row's values by the canonical column names of the list */
    AnnexARows(String localAuthority, Map<String, String> row) {
        this.localAuthority = localAuthority;
        this.row = row;
    }

    List<NewPracticeRecord> toRecords(AnnexAList list) {
        String child = text(AnnexAList.CHILD_ID.name());
        if (child == null) {
            throw new Unreadable(AnnexAList.CHILD_ID.name(), "is required");
        }
        List<NewPracticeRecord> records = new ArrayList<>();
        switch (list) {
            case LIST_3 -> {
                LocalDate referral = date("Date of referral");
                records.add(record(RecordKind.REFERRAL, "AA3", child, referral, referral, null, null, null, null, null,
                        null, coded("Referral Source", AnnexACodeList.SOURCE), yesNo("Referral NFA?"), null, null, null, null));
            }
            case LIST_4 -> {
                // Annex A List 4 has no referral date: the timescale is counted from the assessment's start.
                LocalDate start = date("Continuous Assessment Start Date");
                records.add(record(RecordKind.ASSESSMENT, "AA4", child, start, start, start, null,
                        date("Continuous Assessment Date of Authorisation"), null, null, null, null, null, null, null,
                        null, null));
            }
            case LIST_5 -> {
                LocalDate strategy = date("Strategy discussion initiating Section 47 Enquiry Start Date");
                records.add(record(RecordKind.S47_ENQUIRY, "AA5", child, strategy, null, null, null, null, strategy,
                        date("Date of Initial Child Protection Conference"),
                        yesNo("Was an Initial Child Protection Conference deemed unnecessary?"), null, null, null, null,
                        null, null));
            }
            case LIST_6 -> {
                LocalDate start = date("CIN Start Date");
                records.add(record(RecordKind.CIN_PLAN, "AA6", child, start, null, start, date("CIN Closure Date"), null,
                        null, null, null, null, null, null, null, null, null));
            }
            case LIST_7 -> {
                LocalDate start = date("Child Protection Plan Start Date");
                String initial = coded("Initial Category of Abuse", AnnexACodeList.CATEGORY_OF_ABUSE);
                String latest = coded("Latest Category of Abuse", AnnexACodeList.CATEGORY_OF_ABUSE);
                String category = latest != null ? latest : initial;
                records.add(record(RecordKind.CP_PLAN, "AA7", child, start, null, start,
                        date("Child Protection Plan End Date"), null, null, null, null, null, null,
                        category == null ? null : List.of(category),
                        number("Number of Previous Child Protection Plans"), null, null));
                LocalDate visit = date("Date of the Last Statutory Visit");
                if (visit != null) {
                    records.add(event(RecordKind.CP_VISIT, "AA7V", child, visit, yesNo("Was the Child Seen Alone?")));
                }
                LocalDate review = date("Date of latest review conference");
                if (review != null) {
                    records.add(event(RecordKind.CP_REVIEW, "AA7R", child, review, null));
                }
            }
            case LIST_8 -> {
                LocalDate start = date("Date Started to be Looked After");
                records.add(new NewPracticeRecord(RecordKind.CLA_EPISODE, id("AA8", child, start), localAuthority,
                        child, team(), worker(), null, start, date("Date Ceased to be Looked After"), null, null, null,
                        null, null, null, null, null, null, null, coded("Placement Type", AnnexACodeList.PLACEMENT_TYPE),
                        date("Start Date of Most Recent Placement"), false));
                LocalDate visit = date("Date of Last Social Work Visit");
                if (visit != null) {
                    records.add(event(RecordKind.CLA_VISIT, "AA8V", child, visit, null));
                }
                LocalDate review = date("Date of Latest Statutory Review");
                if (review != null) {
                    records.add(event(RecordKind.CLA_REVIEW, "AA8R", child, review, null));
                }
            }
            default -> throw new IllegalStateException("No mapping for " + list);
        }
        return records;
    }

    private NewPracticeRecord record(RecordKind kind, String prefix, String child, LocalDate keyDate,
                                         LocalDate referral, LocalDate start, LocalDate end, LocalDate authorised,
                                         LocalDate strategy, LocalDate icpc, Boolean icpcNotRequired, String source,
                                         Boolean nfa, List<String> categories, Integer previousPlans, Boolean seenAlone,
                                         String placementType) {
        return new NewPracticeRecord(kind, id(prefix, child, keyDate), localAuthority, child, team(), worker(),
                referral, start, end, authorised, null, strategy, icpc, icpcNotRequired, source, nfa, categories,
                previousPlans, seenAlone, placementType, null, false);
    }

    private NewPracticeRecord event(RecordKind kind, String prefix, String child, LocalDate date, Boolean seenAlone) {
        return new NewPracticeRecord(kind, id(prefix, child, date), localAuthority, child, team(), worker(), null,
                null, null, null, date, null, null, null, null, null, null, null, seenAlone, null, null, false);
    }

    private static String id(String prefix, String child, LocalDate date) {
        return prefix + "-" + child + "-" + (date == null ? "undated" : date.toString());
    }

    private String team() {
        return text(AnnexAList.TEAM.name());
    }

    /** Annex A names the worker; only a pseudonym is kept, the same for the same name in the same council. */
    private String worker() {
        String name = text(AnnexAList.WORKER.name());
        if (name == null) {
            return null;
        }
        byte[] hash = Sha256.of(localAuthority + "|" + name.trim().toLowerCase(Locale.ROOT));
        return "W" + HexFormat.of().formatHex(hash, 0, 8);
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private String text(String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return ExportDates.date(value).orElseThrow(() -> new Unreadable(column, "'" + shortened(value)
                + "' is not a date: give it as 01/04/2021, 2021-04-01 or an Excel date"));
    }

    /** Y and N; the template's "Unknown" is no answer. */
    private Boolean yesNo(String column) {
        String code = coded(column, AnnexACodeList.YES_NO);
        return code == null || code.equals("U") ? null : code.equals("Y");
    }

    /** The code a coded column holds in any of the template's forms; null when empty. */
    private String coded(String column, AnnexACodeList list) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return VALUES.code(list, value).orElseThrow(() -> new Unreadable(column, VALUES.refusal(list, value)));
    }

    private Integer number(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new Unreadable(column, "'" + shortened(value) + "' is not a whole number");
        }
    }
}
