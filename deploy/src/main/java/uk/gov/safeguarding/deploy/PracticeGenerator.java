package uk.gov.safeguarding.deploy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Practice records for one council, shaped like Derby's 2021 performance report: about 3,750 open
 * cases, CP visits in timescale in the high 80s, CIC visits in the low 90s, reviews mostly on time,
 * single assessments around 80%. Seeded, so the same seed gives the same records. Children and
 * workers are made-up references; each record is one NDJSON line for POST /api/v1/practice-records.
 */
final class PracticeGenerator {

    /**
     * How likely each step is on time. Visits are drawn as gaps, so the month-end figure comes out higher
     * than the chance (0.80 gives about 87% for CP visits and 93% for CIC visits, as Derby reported).
     */
    record Rates(double assessment, double icpc, double cpVisit, double cpReview, double cinReview,
                 double cicVisit, double cicReview) {
        static final Rates DERBY_2021 = new Rates(0.80, 0.82, 0.80, 0.88, 0.97, 0.80, 0.995);
    }

    private static final String[] ASSESSMENT_TEAMS = {"Assessment 1", "Assessment 2", "Assessment 3", "Assessment 4"};
    private static final String[] CP_TEAMS = {"Child Protection 1", "Child Protection 2", "Child Protection 3"};
    private static final String[] CIN_TEAMS = {"Children in Need 1", "Children in Need 2"};
    private static final String[] CIC_TEAMS = {"Children in Care 1", "Children in Care 2", "Children in Care 3"};

    private final String council;
    private final String prefix;
    private final LocalDate from;
    private final LocalDate to;
    private final Rates rates;
    private final Random random;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private int sequence;

    PracticeGenerator(String council, String prefix, LocalDate from, LocalDate to, Rates rates, long seed) {
        this.council = council;
        this.prefix = prefix;
        this.from = from;
        this.to = to;
        this.rates = rates;
        this.random = new Random(seed);
    }

    /** One practice record: the common fields, then the kind's own in the API's names. */
    record Practice(String kind, String recordId, String localAuthority, String childRef, String team,
                    Map<String, Object> fields) {

        /** The record as one line of the practice-records NDJSON. */
        String json() {
            StringBuilder json = new StringBuilder("{\"kind\":\"" + kind + "\",\"recordId\":\"" + recordId
                    + "\",\"localAuthority\":\"" + localAuthority + "\",\"childRef\":\"" + childRef + "\",\"team\":\""
                    + team + "\"");
            fields.forEach((name, value) -> json.append(",\"").append(name).append("\":").append(jsonValue(value)));
            return json.append('}').toString();
        }

        private static String jsonValue(Object value) {
            if (value instanceof List<?> list) {
                return list.stream().map(PracticeGenerator.Practice::jsonValue).collect(Collectors.joining(",", "[", "]"));
            }
            return value instanceof Boolean || value instanceof Number ? value.toString() : "\"" + value + "\"";
        }
    }

    /** Writes every record, one JSON object per call. */
    void generate(int openCases, int assessmentsPerMonth, Consumer<String> out) {
        records(openCases, assessmentsPerMonth, record -> out.accept(record.json()));
    }

    /** Hands over every record. */
    void records(int openCases, int assessmentsPerMonth, Consumer<Practice> out) {
        int cpChildren = openCases / 9;
        int cicChildren = openCases / 6;
        int cinChildren = openCases / 3;
        for (int i = 0; i < openCases * 11 / 10; i++) {
            String child = child("A", i);
            String team = pick(i < cpChildren ? CP_TEAMS : i < cpChildren + cicChildren ? CIC_TEAMS
                    : i < cpChildren + cicChildren + cinChildren ? CIN_TEAMS : ASSESSMENT_TEAMS);
            LocalDate start = between(from.minusMonths(18), to);
            LocalDate end = random.nextInt(11) == 0 ? between(start, to.plusMonths(3)) : null;
            out.accept(practice("ALLOCATION", child, team, "worker", worker(team), "startDate", start,
                    "endDate", end != null && !end.isAfter(to) ? end : null));
            if (i < cpChildren) {
                childProtection(child, team, start, out);
            } else if (i < cpChildren + cicChildren) {
                inCare(child, team, start, out);
            } else if (i < cpChildren + cicChildren + cinChildren) {
                inNeed(child, team, start, out);
            }
        }
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            for (int n = 0; n < assessmentsPerMonth; n++) {
                assessment(month, out);
            }
            for (int n = 0; n < assessmentsPerMonth / 10; n++) {
                enquiry(month, out);
            }
        }
    }

    private void childProtection(String child, String team, LocalDate allocated, Consumer<Practice> out) {
        LocalDate start = allocated.plusDays(random.nextInt(30));
        if (start.isAfter(to)) {
            return;
        }
        boolean longPlan = random.nextInt(25) == 0;
        LocalDate end = start.plusDays(longPlan ? 740 + random.nextInt(60) : 90 + random.nextInt(420));
        out.accept(practice("CP_PLAN", child, team, "startDate", start, "endDate", end.isAfter(to) ? null : end,
                "categories", List.of(pick(new String[] {"NEG", "EMO", "PHY", "SAB", "NEG", "EMO"})),
                "previousPlans", random.nextInt(5) == 0 ? 1 : 0));
        LocalDate last = end.isAfter(to) ? to : end;
        for (LocalDate visit = calendar.plusWorkingDays(start, 1 + random.nextInt(5)); !visit.isAfter(last);
             visit = calendar.plusWorkingDays(visit, random.nextDouble() < rates.cpVisit() ? 4 + random.nextInt(6)
                     : 11 + random.nextInt(8))) {
            out.accept(practice("CP_VISIT", child, team, "date", visit, "seenAlone", random.nextBoolean()));
        }
        reviews("CP_REVIEW", child, team, start, last, start.plusMonths(3), 6, rates.cpReview(), out);
    }

    private void inCare(String child, String team, LocalDate allocated, Consumer<Practice> out) {
        LocalDate start = allocated.plusDays(random.nextInt(30));
        if (start.isAfter(to)) {
            return;
        }
        LocalDate placement = random.nextInt(4) == 0 ? between(start, to) : start;
        out.accept(practice("CLA_EPISODE", child, team, "startDate", start,
                "placementType", pick(new String[] {"U1", "U4", "U5", "R1", "K2"}), "placementStartDate", placement));
        for (LocalDate visit = placement.plusDays(random.nextDouble() < rates.cicVisit() ? 2 + random.nextInt(5) : 9);
             !visit.isAfter(to);
             visit = visit.plusDays(random.nextDouble() < rates.cicVisit() ? 21 + random.nextInt(21) : 43 + random.nextInt(14))) {
            out.accept(practice("CLA_VISIT", child, team, "date", visit));
        }
        reviews("CLA_REVIEW", child, team, start, to, calendar.plusWorkingDays(start, 20), 6, rates.cicReview(), out);
    }

    private void inNeed(String child, String team, LocalDate allocated, Consumer<Practice> out) {
        LocalDate start = allocated.plusDays(random.nextInt(20));
        if (start.isAfter(to)) {
            return;
        }
        LocalDate end = random.nextInt(3) == 0 ? start.plusDays(120 + random.nextInt(300)) : null;
        out.accept(practice("CIN_PLAN", child, team, "startDate", start, "endDate",
                end == null || end.isAfter(to) ? null : end));
        reviews("CIN_REVIEW", child, team, start, end == null || end.isAfter(to) ? to : end, start.plusMonths(3), 3,
                rates.cinReview(), out);
    }

    /** Reviews from the first due date on, each on time with the given chance. */
    private void reviews(String kind, String child, String team, LocalDate start, LocalDate last, LocalDate firstDue,
                         int laterMonths, double onTime, Consumer<Practice> out) {
        LocalDate due = firstDue;
        int count = 0;
        while (!due.isAfter(last)) {
            LocalDate held = random.nextDouble() < onTime ? due.minusDays(random.nextInt(12))
                    : due.plusDays(1 + random.nextInt(20));
            if (held.isAfter(last)) {
                return;
            }
            if (held.isAfter(start)) {
                out.accept(practice(kind, child, team, "date", held));
            }
            count++;
            due = "CLA_REVIEW".equals(kind) && count == 1 ? held.plusMonths(3) : held.plusMonths(laterMonths);
        }
    }

    private void assessment(LocalDate month, Consumer<Practice> out) {
        LocalDate authorised = month.plusDays(random.nextInt(month.lengthOfMonth()));
        if (authorised.isAfter(to)) {
            return;
        }
        int days = random.nextDouble() < rates.assessment() ? 10 + random.nextInt(35) : 46 + random.nextInt(25);
        LocalDate referral = backWorkingDays(authorised, days - 1);
        out.accept(practice("ASSESSMENT", child("S", sequence), pick(ASSESSMENT_TEAMS), "referralDate", referral,
                "startDate", referral, "authorisedDate", authorised));
    }

    private void enquiry(LocalDate month, Consumer<Practice> out) {
        LocalDate held = month.plusDays(random.nextInt(month.lengthOfMonth()));
        if (held.isAfter(to)) {
            return;
        }
        int days = random.nextDouble() < rates.icpc() ? 5 + random.nextInt(11) : 16 + random.nextInt(10);
        LocalDate strategy = backWorkingDays(held, days - 1);
        out.accept(practice("S47_ENQUIRY", child("E", sequence), pick(CP_TEAMS), "strategyDiscussionDate", strategy,
                "icpcDate", held));
    }

    private LocalDate backWorkingDays(LocalDate date, int workingDays) {
        LocalDate day = date;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Field names and values in pairs; a null value leaves its field out. */
    private Practice practice(String kind, String child, String team, Object... namesAndValues) {
        sequence++;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Practice(kind, prefix + "-" + sequence, council, child, team, fields);
    }

    private String child(String kind, int n) {
        return prefix.toUpperCase().replaceAll("[^A-Z0-9]", "") + kind + n;
    }

    private String worker(String team) {
        return "W" + Math.abs(team.hashCode() % 1000) + "-" + random.nextInt(14);
    }

    private LocalDate between(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Collects everything into NDJSON batches of at most {@code batchSize} lines. */
    static List<String> batches(PracticeGenerator generator, int openCases, int assessmentsPerMonth, int batchSize) {
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        int[] lines = {0};
        generator.generate(openCases, assessmentsPerMonth, line -> {
            batch.append(line).append('\n');
            if (++lines[0] == batchSize) {
                batches.add(batch.toString());
                batch.setLength(0);
                lines[0] = 0;
            }
        });
        if (!batch.isEmpty()) {
            batches.add(batch.toString());
        }
        return batches;
    }
}
