package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * Writes realistic contacts as this service's batch CSV: sources in roughly national proportions, about
 * 15% progressing to assessment or strategy discussion, most decisions within a working day, most
 * referrers told within a week, and a pool of children so that some contacts repeat. Seeded, so the
 * same call writes the same file.
 */
public final class ContactGenerator {

    public static final String HEADER = "sender_ref,local_authority,received_at,source,channel,child_ref,sex,"
            + "birth_month,unborn,concern_codes,outcome,decided_at,referrer_informed_at,referrer_informed_method";

    private static final ZoneId LONDON = LondonTime.ZONE;
    private static final LocalDate EARLY_HELP_SOURCE_FROM = LocalDate.of(2023, 4, 1);
    private static final String[] SOURCES = {"6", "6", "6", "6", "6", "6", "2A", "2A", "2A", "2A", "3A", "3B", "3E",
            "3F", "1A", "1A", "1B", "1C", "1D", "4", "5A", "5B", "5C", "5D", "7", "8", "8", "9", "10", "2B"};
    private static final String[] CHANNELS = {"PHONE", "PHONE", "EMAIL", "ONLINE_FORM", "SECURE_EMAIL",
            "POLICE_NOTIFICATION"};
    private static final String[] CONCERNS = {"3A", "3B", "4B", "1B", "2B", "16A", "17A", "21", "11A", "24A", "10A"};
    private static final String[] METHODS = {"EMAIL", "PHONE", "SECURE_EMAIL", "LETTER", "PORTAL"};

    private final SplittableRandom random;
    private final String localAuthority;
    private final String refPrefix;
    private final String childPrefix;
    private final int childPool;
    private long sequence;

    /**
     * @param childPool how many different children the contacts are about; fewer children, more repeats
     */
    public ContactGenerator(long seed, String localAuthority, String refPrefix, String childPrefix, int childPool) {
        if (!childPrefix.matches("[A-Za-z0-9]{1,10}")) {
            throw new IllegalArgumentException("child prefix must be 1-10 letters or digits: " + childPrefix);
        }
        this.random = new SplittableRandom(seed);
        this.localAuthority = localAuthority;
        this.refPrefix = refPrefix;
        this.childPrefix = childPrefix;
        this.childPool = childPool;
    }

    /** Writes {@code count} contacts received in {@code month}, decided unless {@code undecided}. */
    public void writeMonth(Writer out, YearMonth month, int count, Instant notAfter) throws IOException {
        for (int i = 0; i < count; i++) {
            writeContact(out, receivedIn(month), notAfter);
        }
    }

    public void writeContact(Writer out, ZonedDateTime received, Instant notAfter) throws IOException {
        sequence++;
        int child = random.nextInt(childPool);
        String source = SOURCES[random.nextInt(SOURCES.length)];
        if (source.equals("5D") && received.toLocalDate().isBefore(EARLY_HELP_SOURCE_FROM)) {
            // 5D (LA early help) is a census code from 2023-24; earlier contacts from early help were 5B.
            source = "5B";
        }
        int ageYears = random.nextInt(18);
        boolean unborn = random.nextInt(100) == 0;
        YearMonth birth = unborn ? YearMonth.from(received).plusMonths(1 + random.nextInt(6))
                : YearMonth.from(received).minusYears(ageYears).minusMonths(random.nextInt(12));
        String sex = unborn ? "U" : (child % 2 == 0 ? "F" : "M");
        String concern = random.nextInt(3) == 0 ? "" : CONCERNS[random.nextInt(CONCERNS.length)];

        StringBuilder row = new StringBuilder(256);
        row.append(refPrefix).append(sequence).append(',')
                .append(localAuthority).append(',')
                .append(received.toInstant()).append(',')
                .append(source).append(',')
                .append(source.equals("6") ? "POLICE_NOTIFICATION" : CHANNELS[random.nextInt(CHANNELS.length - 1)])
                .append(',')
                .append(childPrefix).append(child).append(',')
                .append(sex).append(',')
                .append(birth).append(',')
                .append(unborn).append(',')
                .append(concern).append(',');
        ZonedDateTime decided = decidedAfter(received);
        if (decided.toInstant().isAfter(notAfter)) {
            row.append(",,,");
        } else {
            row.append(outcome()).append(',').append(decided.toInstant()).append(',');
            ZonedDateTime informed = random.nextInt(100) < 88 ? decided.plusDays(random.nextInt(8)).plusHours(1) : null;
            if (informed != null && !informed.toInstant().isAfter(notAfter)) {
                row.append(informed.toInstant()).append(',').append(METHODS[random.nextInt(METHODS.length)]);
            } else {
                row.append(',');
            }
        }
        out.write(row.append('\n').toString());
    }

    private ZonedDateTime receivedIn(YearMonth month) {
        LocalDate day;
        do {
            day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            // About one contact in twelve arrives at a weekend (police notifications, out-of-hours).
        } while ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                && random.nextInt(4) != 0);
        LocalTime time = LocalTime.of(7 + random.nextInt(12), random.nextInt(60));
        return ZonedDateTime.of(day, time, LONDON);
    }

    private ZonedDateTime decidedAfter(ZonedDateTime received) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return received.plusMinutes(30 + random.nextInt(240));
        }
        if (roll < 93) {
            return received.plusDays(1).withHour(9 + random.nextInt(8));
        }
        return received.plusDays(2 + random.nextInt(4)).withHour(10);
    }

    private String outcome() {
        int roll = random.nextInt(1000);
        if (roll < 110) {
            return "CIN_REFERRAL";
        }
        if (roll < 150) {
            return "STRATEGY_DISCUSSION";
        }
        if (roll < 350) {
            return "NFA";
        }
        if (roll < 650) {
            return "INFORMATION_AND_ADVICE";
        }
        if (roll < 900) {
            return "EARLY_HELP";
        }
        return "EXISTING_OPEN_CASE";
    }
}
