package uk.gov.safeguarding.kpi.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ofsted Annex A Lists 3 to 8, the columns this service reads from each, and the practice-record
 * field each column fills (for naming columns in row errors). Columns not listed are ignored.
 */
public enum AnnexAList {
    LIST_3(3, List.of(
            AnnexAColumn.required("Date of referral", ".*date of.*referral.*"),
            AnnexAColumn.exact("Referral Source", true),
            AnnexAColumn.exact("Referral NFA?", false))),
    LIST_4(4, List.of(
            AnnexAColumn.exact("Continuous Assessment Start Date", true),
            AnnexAColumn.exact("Continuous Assessment Date of Authorisation", false))),
    LIST_5(5, List.of(
            AnnexAColumn.exact("Strategy discussion initiating Section 47 Enquiry Start Date", true),
            AnnexAColumn.exact("Was an Initial Child Protection Conference deemed unnecessary?", false),
            AnnexAColumn.exact("Date of Initial Child Protection Conference", false))),
    LIST_6(6, List.of(
            AnnexAColumn.exact("CIN Start Date", true),
            AnnexAColumn.exact("CIN Closure Date", false))),
    LIST_7(7, List.of(
            AnnexAColumn.exact("Child Protection Plan Start Date", true),
            AnnexAColumn.exact("Child Protection Plan End Date", false),
            AnnexAColumn.exact("Initial Category of Abuse", false),
            AnnexAColumn.exact("Latest Category of Abuse", false),
            AnnexAColumn.exact("Date of the Last Statutory Visit", false),
            AnnexAColumn.exact("Was the Child Seen Alone?", false),
            AnnexAColumn.exact("Date of latest review conference", false),
            AnnexAColumn.exact("Number of Previous Child Protection Plans", false))),
    LIST_8(8, List.of(
            AnnexAColumn.exact("Date Started to be Looked After", true),
            AnnexAColumn.exact("Date Ceased to be Looked After", false),
            AnnexAColumn.exact("Date of Latest Statutory Review", false),
            AnnexAColumn.exact("Date of Last Social Work Visit", false),
            AnnexAColumn.exact("Start Date of Most Recent Placement", false),
            AnnexAColumn.exact("Placement Type", false)));

    static final AnnexAColumn CHILD_ID = AnnexAColumn.required("Child Unique ID", ".*child.*id.*");
    static final AnnexAColumn TEAM = AnnexAColumn.exact("Allocated Team", false);
    static final AnnexAColumn WORKER = AnnexAColumn.exact("Allocated Worker", false);

    /** The Annex A column behind each practice-record field, for errors a caller can find in their file. */
    static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("childRef", CHILD_ID.name()),
            Map.entry("team", TEAM.name()),
            Map.entry("worker", WORKER.name()));

    private final int number;
    private final List<AnnexAColumn> columns;

    AnnexAList(int number, List<AnnexAColumn> columns) {
        this.number = number;
        this.columns = columns;
    }

    public int number() {
        return number;
    }

    List<AnnexAColumn> columns() {
        return columns;
    }

    public static Optional<AnnexAList> numbered(int number) {
        for (AnnexAList list : values()) {
            if (list.number == number) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
