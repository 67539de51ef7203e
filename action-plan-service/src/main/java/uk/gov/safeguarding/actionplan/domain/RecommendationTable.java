package uk.gov.safeguarding.actionplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.gov.safeguarding.kernel.HeaderNames;

/**
 * A recommendations table as councils keep them in Word and Excel (number, the report's paragraphs, the issue,
 * the recommendation, who it is addressed to, the response, the action, its owner and due date), read by its
 * header names rather than their places, so a table saved from any template can be taken as it is. Columns it
 * does not know are reported, not fatal. Each row is read whole or refused with the column and the reason;
 * rows sharing a number are one recommendation with several actions.
 */
public final class RecommendationTable {

    /** Which header is which column, and the headers no column claims. */
    public record Layout(Map<RecommendationColumn, Integer> columns, List<String> header, List<String> unknown) {

        public Optional<String> headerOf(RecommendationColumn column) {
            Integer index = columns.get(column);
            return index == null ? Optional.empty() : Optional.of(header.get(index));
        }
    }

    /** A row of the table: its line in the file (or item in a JSON array) and its cells in header order. */
    public record Row(long line, List<String> cells) {
    }

    public record RecommendationPart(String number, ReportReferences references, String theme, String text,
                                     String addressedTo, Recommendation.Response response, String responseReason) {
    }

    public record ActionPart(String key, String what, String owner, String ownerRole, String ownerAgency,
                             List<String> partners, LocalDate dueDate, String board, LocalDate approvedOn,
                             String impactKpi, String impactDirection, BigDecimal impactTarget) {
    }

    /** A row read: its recommendation, and its action when the row has one. */
    public record Read(long line, RecommendationPart recommendation, Optional<ActionPart> action) {
    }

    /** A row refused: the line, the column as the file names it, and why. */
    public record Refused(long line, String column, String reason) {
    }

    public record Reading(Layout layout, List<Read> rows, List<Refused> refused) {
    }

    /**
     * What an action row leaves empty is taken from here: a board's table often names neither the owner (as a
     * subject id) nor the date, and whoever imports it says who owns the actions until they are assigned.
     */
    public record Defaults(String owner, LocalDate dueDate, String board, LocalDate approvedOn) {

        public static final Defaults NONE = new Defaults(null, null, null, null);

        public Defaults(String owner, LocalDate dueDate) {
            this(owner, dueDate, null, null);
        }
    }

    static final int MAX_TEXT = 10_000;
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9.()-]{1,20}$");
    private static final Pattern KPI = Pattern.compile("^[A-Z0-9_]{1,64}$");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private RecommendationTable() {
    }

    /**
     * @throws ActionPlanRefused naming the header when the table has no number column, neither an issue nor a
     *                           recommendation column, or two headers for one column
     */
    public static Layout layout(List<String> header) {
        Map<RecommendationColumn, Integer> columns = new EnumMap<>(RecommendationColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<RecommendationColumn> column = RecommendationColumn.named(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                throw new ActionPlanRefused("header", "'" + header.get(columns.get(column.get())) + "' and '" + name
                        + "' are both the " + words(column.get()) + " column");
            }
        }
        if (!columns.containsKey(RecommendationColumn.NUMBER)) {
            throw new ActionPlanRefused("header", "has no number column (No, Number or Recommendation number)");
        }
        if (!columns.containsKey(RecommendationColumn.ISSUE) && !columns.containsKey(RecommendationColumn.RECOMMENDATION)) {
            throw new ActionPlanRefused("header", "has neither an issue nor a recommendation column");
        }
        return new Layout(columns, List.copyOf(header), List.copyOf(unknown));
    }

    /**
     * Reads every row; {@code dates} reads a date as the file writes it (the shell's one reading of dates).
     * A row repeating a number earlier rows have is a further action of that recommendation: its recommendation
     * cells are left empty or say the same.
     */
    public static Reading read(Layout layout, Iterable<Row> rows, Defaults defaults,
                               Function<String, Optional<LocalDate>> dates) {
        List<Read> read = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, First> firstOf = new LinkedHashMap<>();
        Map<String, Integer> actionsOf = new LinkedHashMap<>();
        for (Row row : rows) {
            Cells cells = new Cells(layout, row);
            try {
                String number = number(cells);
                First first = firstOf.get(number);
                RecommendationPart recommendation = first == null ? recommendation(cells, number)
                        : continued(cells, first);
                Optional<ActionPart> action = Optional.empty();
                if (!cells.text(RecommendationColumn.ACTION).isEmpty()) {
                    int ordinal = actionsOf.getOrDefault(number, 0) + 1;
                    action = Optional.of(action(cells, number, ordinal, defaults, dates));
                    actionsOf.put(number, ordinal);
                } else if (first != null) {
                    throw cells.refused(RecommendationColumn.ACTION, "is empty, and the recommendation is on line " + first.read().line()
                            + " already: a further row of a number is a further action");
                }
                Read done = new Read(row.line(), recommendation, action);
                if (first == null) {
                    firstOf.put(number, new First(done, cells));
                }
                read.add(done);
            } catch (CellRefused e) {
                refused.add(new Refused(row.line(), e.column, e.reason));
            }
        }
        return new Reading(layout, List.copyOf(read), List.copyOf(refused));
    }

    private static String number(Cells cells) {
        String number = cells.text(RecommendationColumn.NUMBER);
        if (number.isEmpty()) {
            throw cells.refused(RecommendationColumn.NUMBER, "is required: the recommendation's number in its report");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw cells.refused(RecommendationColumn.NUMBER, "must be 1 to 20 letters, digits or . ( ) -");
        }
        return number;
    }

    private static RecommendationPart recommendation(Cells cells, String number) {
        ReportReferences references;
        try {
            references = ReportReferences.parse(cells.text(RecommendationColumn.REFERENCES));
        } catch (ActionPlanRefused e) {
            throw cells.refused(RecommendationColumn.REFERENCES, e.getMessage());
        }
        String issue = cells.limited(RecommendationColumn.ISSUE, MAX_TEXT);
        String text = cells.limited(RecommendationColumn.RECOMMENDATION, MAX_TEXT);
        String theme = null;
        if (text.isEmpty()) {
            if (issue.isEmpty()) {
                throw cells.refused(cells.has(RecommendationColumn.RECOMMENDATION) ? RecommendationColumn.RECOMMENDATION : RecommendationColumn.ISSUE,
                        "is required: what the report found or recommends");
            }
            // a table of issues alone (Derby's): the issue is the recommendation, its first line the theme
            text = issue;
            theme = firstLine(issue);
        } else if (!issue.isEmpty()) {
            theme = issue.length() > 300 ? firstLine(issue) : issue;
        }
        Recommendation.Response response = response(cells);
        String reason = cells.limited(RecommendationColumn.RESPONSE_REASON, 4_000);
        try {
            if (response != null) {
                Recommendation.checkResponse(response, reason);
            }
        } catch (ActionPlanRefused e) {
            throw cells.refused(RecommendationColumn.RESPONSE_REASON, e.getMessage());
        }
        return new RecommendationPart(number, references, theme, text,
                emptyToNull(cells.limited(RecommendationColumn.ADDRESSED_TO, 300)), response, emptyToNull(reason));
    }

    /** The first row of a number, and its cells, which further rows of it leave empty or repeat. */
    private record First(Read read, Cells cells) {
    }

    private static final List<RecommendationColumn> OF_THE_RECOMMENDATION = List.of(RecommendationColumn.REFERENCES, RecommendationColumn.ISSUE,
            RecommendationColumn.RECOMMENDATION, RecommendationColumn.ADDRESSED_TO, RecommendationColumn.RESPONSE, RecommendationColumn.RESPONSE_REASON);

    /** A further row of a number: its recommendation's cells are empty or as the first row has them. */
    private static RecommendationPart continued(Cells cells, First first) {
        for (RecommendationColumn column : OF_THE_RECOMMENDATION) {
            String again = cells.text(column);
            if (!again.isEmpty() && !again.equals(first.cells().text(column))) {
                throw cells.refused(column, "differs from line " + first.read().line() + ", which has the same number");
            }
        }
        return first.read().recommendation();
    }

    private static ActionPart action(Cells cells, String number, int ordinal, Defaults defaults,
                                     Function<String, Optional<LocalDate>> dates) {
        String what = cells.limited(RecommendationColumn.ACTION, 4_000);
        String owner = cells.limited(RecommendationColumn.OWNER, 200);
        if (owner.isEmpty() && defaults.owner() != null) {
            owner = defaults.owner();
        }
        if (owner.isEmpty()) {
            throw cells.refused(RecommendationColumn.OWNER, "is required for an action: the owner's subject id (as in their token)");
        }
        LocalDate due = date(cells, RecommendationColumn.DUE_DATE, dates);
        if (due == null) {
            due = defaults.dueDate();
        }
        if (due == null) {
            throw cells.refused(RecommendationColumn.DUE_DATE, "is required for an action: a realistic target date");
        }
        String board = emptyToNull(cells.limited(RecommendationColumn.BOARD, 200));
        LocalDate approvedOn = date(cells, RecommendationColumn.APPROVED_ON, dates);
        if (board == null && approvedOn == null) {
            // a table approved whole at one meeting names the board once, for every row
            board = defaults.board();
            approvedOn = defaults.approvedOn();
        }
        if ((board == null) != (approvedOn == null)) {
            throw cells.refused(board == null ? RecommendationColumn.BOARD : RecommendationColumn.APPROVED_ON,
                    "an approval names the board and the day together");
        }
        List<String> partners = new ArrayList<>();
        for (String partner : cells.text(RecommendationColumn.PARTNERS).split("[;\\n]")) {
            String trimmed = partner.strip();
            if (trimmed.length() > 200) {
                throw cells.refused(RecommendationColumn.PARTNERS, "names a partner of more than 200 characters");
            }
            if (!trimmed.isEmpty()) {
                partners.add(trimmed);
            }
        }
        if (partners.size() > 30) {
            throw cells.refused(RecommendationColumn.PARTNERS, "names more than 30 partners");
        }
        String kpi = emptyToNull(cells.text(RecommendationColumn.IMPACT_KPI).toUpperCase(Locale.ROOT));
        if (kpi != null && !KPI.matcher(kpi).matches()) {
            throw cells.refused(RecommendationColumn.IMPACT_KPI, "must be a KPI code such as ICPC_IN_TIMESCALE");
        }
        String direction = emptyToNull(cells.text(RecommendationColumn.IMPACT_DIRECTION).toUpperCase(Locale.ROOT));
        if (direction != null && !direction.equals("UP") && !direction.equals("DOWN")) {
            throw cells.refused(RecommendationColumn.IMPACT_DIRECTION, "must be UP or DOWN");
        }
        BigDecimal target = null;
        String targetText = cells.text(RecommendationColumn.IMPACT_TARGET).replace("%", "").strip();
        if (!targetText.isEmpty()) {
            try {
                target = new BigDecimal(targetText);
            } catch (NumberFormatException e) {
                throw cells.refused(RecommendationColumn.IMPACT_TARGET, "must be a number such as 90");
            }
            if (target.abs().compareTo(LIMIT) > 0 || targetText.length() > 30) {
                throw cells.refused(RecommendationColumn.IMPACT_TARGET, "must be between -1000000000 and 1000000000");
            }
        }
        String ref = cells.limited(RecommendationColumn.ACTION_REF, 100);
        String key = ref.isEmpty() ? number + "#" + ordinal : "ref:" + ref;
        return new ActionPart(key, what, owner, emptyToNull(cells.limited(RecommendationColumn.OWNER_ROLE, 200)),
                emptyToNull(cells.limited(RecommendationColumn.OWNER_AGENCY, 200)), List.copyOf(partners), due, board, approvedOn,
                kpi, direction, target);
    }

    private static LocalDate date(Cells cells, RecommendationColumn column, Function<String, Optional<LocalDate>> dates) {
        String text = cells.text(column);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = dates.apply(text).orElseThrow(() -> cells.refused(column,
                "is not a date: write it as 2022-06-30 or 30/06/2022"));
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw cells.refused(column, "must be between 1900 and 2999");
        }
        return date;
    }

    private static Recommendation.Response response(Cells cells) {
        String text = HeaderNames.normalise(cells.text(RecommendationColumn.RESPONSE)).replace('_', ' ').replace('-', ' ');
        return switch (text) {
            case "" -> null;
            case "accepted", "accept", "agreed", "yes" -> Recommendation.Response.ACCEPTED;
            case "partly accepted", "partially accepted", "partly", "in part" -> Recommendation.Response.PARTLY_ACCEPTED;
            case "not accepted", "rejected", "no" -> Recommendation.Response.NOT_ACCEPTED;
            default -> throw cells.refused(RecommendationColumn.RESPONSE, "must be accepted, partly accepted or not accepted");
        };
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").replaceFirst("^[•*\\-]\\s*", "").strip();
        if (line.length() <= 300) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 298);
        return line.substring(0, cut > 200 ? cut : 298) + "…";
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String words(RecommendationColumn column) {
        return column.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }


    /** One row's cells by column. */
    private static final class Cells {
        private final Layout layout;
        private final Row row;

        Cells(Layout layout, Row row) {
            this.layout = layout;
            this.row = row;
        }

        boolean has(RecommendationColumn column) {
            return layout.columns().containsKey(column);
        }

        String text(RecommendationColumn column) {
            Integer index = layout.columns().get(column);
            if (index == null || index >= row.cells().size() || row.cells().get(index) == null) {
                return "";
            }
            return row.cells().get(index).strip();
        }

        String limited(RecommendationColumn column, int max) {
            String text = text(column);
            if (text.length() > max) {
                throw refused(column, "is longer than " + max + " characters");
            }
            return text;
        }

        CellRefused refused(RecommendationColumn column, String reason) {
            return new CellRefused(layout.headerOf(column).orElse(words(column)), reason);
        }
    }

    private static final class CellRefused extends RuntimeException {
        final String column;
        final String reason;

        CellRefused(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.reason = reason;
        }
    }
}
