package uk.gov.safeguarding.contacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.contacts.domain.Channel;
import uk.gov.safeguarding.contacts.domain.Sex;

class ContactRequestRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static NewContact contact(String source, Instant received, List<NewChild> children,
                                                List<String> concerns) {
        return new NewContact("E06000015", "S1", received, source, Channel.PHONE, null, null, children,
                concerns, null);
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    private static final List<NewChild> ONE_CHILD =
            List.of(new NewChild("C1", YearMonth.of(2015, 1), false, Sex.F));

    @Test
    void earlyHelpSource5DOnlyFromTheCensusYear2023To24() {
        assertThat(fields(ContactRequestRules.check(contact("5D", Instant.parse("2023-03-31T10:00:00Z"), ONE_CHILD,
                List.of()), NOW))).containsExactly("source");
        assertThat(ContactRequestRules.check(contact("5D", Instant.parse("2023-04-01T10:00:00Z"), ONE_CHILD,
                List.of()), NOW)).isEmpty();
        assertThat(ContactRequestRules.check(contact("p1) 5D: LA services", Instant.parse("2024-06-01T10:00:00Z"),
                ONE_CHILD, List.of()), NOW)).isEmpty();
    }

    @Test
    void withdrawnAndUnknownConcernCodesAreRefused() {
        assertThat(fields(ContactRequestRules.check(contact("2A", Instant.parse("2024-06-01T10:00:00Z"), ONE_CHILD,
                List.of("3A", "18A", "99Z")), NOW))).containsExactly("concernCodes[1]", "concernCodes[2]");
    }

    @Test
    void anUnbornChildNeedsAnExpectedMonthNotBeforeTheContactAndSexU() {
        List<NewChild> unborn = List.of(new NewChild("C1", YearMonth.of(2024, 5), true, Sex.F),
                new NewChild("C2", null, true, Sex.U));
        assertThat(fields(ContactRequestRules.check(contact("6", Instant.parse("2024-06-01T10:00:00Z"), unborn,
                List.of()), NOW))).containsExactly("children[0].birthMonth", "children[0].sex",
                "children[1].birthMonth");
    }

    @Test
    void theSameChildTwiceAndABornChildFromTheFutureAreRefused() {
        List<NewChild> children = List.of(new NewChild("C1", YearMonth.of(2015, 1), false, Sex.F),
                new NewChild("C1", YearMonth.of(2015, 1), false, Sex.F),
                new NewChild("C3", YearMonth.of(2025, 1), false, Sex.M));
        assertThat(fields(ContactRequestRules.check(contact("6", Instant.parse("2024-06-01T10:00:00Z"), children,
                List.of()), NOW))).containsExactly("children[1].childRef", "children[2].birthMonth");
    }

    @Test
    void aContactFromTheFutureIsRefusedButClockSkewIsAllowed() {
        assertThat(fields(ContactRequestRules.check(contact("6", NOW.plusSeconds(3600), ONE_CHILD, List.of()), NOW)))
                .containsExactly("receivedAt");
        assertThat(ContactRequestRules.check(contact("6", NOW.plusSeconds(120), ONE_CHILD, List.of()), NOW)).isEmpty();
    }
}
