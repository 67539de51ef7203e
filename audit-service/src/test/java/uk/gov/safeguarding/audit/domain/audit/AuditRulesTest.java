package uk.gov.safeguarding.audit.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** The rules of audits, case audits, moderation and escalations, as the council states them. */
class AuditRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final List<String> DOMAINS = List.of("ASSESSMENT", "PLANNING", "VOICE_OF_THE_CHILD",
            "MANAGEMENT_OVERSIGHT", "MULTI_AGENCY_WORKING");
    private static final GradeScale OFSTED = GradeScale.OFSTED_FOUR_POINT;

    private static CaseAuditGrades all(String grade) {
        Map<String, String> byDomain = new java.util.LinkedHashMap<>();
        DOMAINS.forEach(domain -> byDomain.put(domain, grade));
        return new CaseAuditGrades(byDomain, grade);
    }

    @Test
    void goodOrBetterIsTheTopOfTheScale() {
        assertThat(OFSTED.isGoodOrBetter("OUTSTANDING")).isTrue();
        assertThat(OFSTED.isGoodOrBetter("GOOD")).isTrue();
        assertThat(OFSTED.isGoodOrBetter("REQUIRES_IMPROVEMENT")).isFalse();
        assertThat(OFSTED.isGoodOrBetter("INADEQUATE")).isFalse();
        assertThatThrownBy(() -> OFSTED.isGoodOrBetter("ADEQUATE")).isInstanceOf(AuditRefused.class);
        GradeScale threePoint = new GradeScale("2026 framework", List.of("STRONG", "SECURE", "WEAK"), 2);
        assertThat(threePoint.isGoodOrBetter("SECURE")).isTrue();
        assertThatThrownBy(() -> new GradeScale("one", List.of("ONLY"), 1)).isInstanceOf(AuditRefused.class);
    }

    @Test
    void anAuditMovesOnThroughItsStepsAndIsCancelledOnlyWithAReason() {
        assertThat(AuditStatus.PLANNED.moveTo(AuditStatus.SAMPLING, null)).isEqualTo(AuditStatus.SAMPLING);
        assertThat(AuditStatus.MODERATION.moveTo(AuditStatus.COMPLETED, null)).isEqualTo(AuditStatus.COMPLETED);
        assertThatThrownBy(() -> AuditStatus.COMPLETED.moveTo(AuditStatus.IN_PROGRESS, null))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.conflict()).isTrue());
        assertThatThrownBy(() -> AuditStatus.IN_PROGRESS.moveTo(AuditStatus.CANCELLED, " "))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(AuditStatus.IN_PROGRESS.moveTo(AuditStatus.CANCELLED, "Staff away")).isEqualTo(AuditStatus.CANCELLED);
    }

    @Test
    void aCaseAuditIsSubmittedOnlyWithEveryDomainGradedOnTheToolsScale() {
        all("GOOD").checkAgainst(DOMAINS, OFSTED, true);
        new CaseAuditGrades(Map.of("PLANNING", "GOOD"), null).checkAgainst(DOMAINS, OFSTED, false);
        assertThatThrownBy(() -> new CaseAuditGrades(Map.of("PLANNING", "GOOD"), "GOOD").checkAgainst(DOMAINS, OFSTED, true))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.field()).isEqualTo("grades.ASSESSMENT"));
        assertThatThrownBy(() -> new CaseAuditGrades(Map.of("PLANNING", "FAIR"), null).checkAgainst(DOMAINS, OFSTED, false))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.field()).isEqualTo("grades.PLANNING"));
        assertThatThrownBy(() -> new CaseAuditGrades(Map.of("HOUSING", "GOOD"), null).checkAgainst(DOMAINS, OFSTED, false))
                .isInstanceOf(AuditRefused.class);
    }

    @Test
    void aSecondAuditorModeratesKeepsBothGradesAndTheAgreementRateCountsStandingGrades() {
        CaseAuditGrades audited = all("GOOD");
        assertThatThrownBy(() -> Moderation.of("auditor-1", "auditor-1", audited, audited, null, DOMAINS, OFSTED))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.conflict()).isTrue());
        Moderation agrees = Moderation.of("auditor-1", "auditor-2", audited, all("GOOD"), null, DOMAINS, OFSTED);
        assertThat(agrees.agreesWith(audited)).isTrue();
        assertThatThrownBy(() -> Moderation.of("auditor-1", "auditor-2", audited, all("REQUIRES_IMPROVEMENT"), "",
                DOMAINS, OFSTED)).isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        Moderation changes = Moderation.of("auditor-1", "auditor-2", audited, all("REQUIRES_IMPROVEMENT"),
                "Plan has no timescales", DOMAINS, OFSTED);
        assertThat(changes.agreesWith(audited)).isFalse();
        assertThat(Moderation.agreementRate(List.of(new AbstractMap.SimpleEntry<>(audited, agrees),
                new AbstractMap.SimpleEntry<>(audited, changes), new AbstractMap.SimpleEntry<>(audited, agrees))))
                .isEqualTo(66.7);
        assertThat(Moderation.agreementRate(List.of())).isNull();
    }

    @Test
    void anEscalationIsOverdueAtTheEndOfTheNextWorkingDayAndAnnouncedOnce() {
        // raised on Thursday 1 April 2021: due by the end of Tuesday 6 April (Good Friday and Easter Monday)
        Escalation raised = Escalation.raise("auditor-1", Instant.parse("2021-04-01T14:00:00Z"), CALENDAR, LONDON);
        assertThat(raised.dueBy()).isEqualTo(Instant.parse("2021-04-06T23:00:00Z"));
        assertThat(raised.overdue(Instant.parse("2021-04-06T22:59:59Z"))).isFalse();
        assertThat(raised.status(Instant.parse("2021-04-06T22:59:59Z"))).isEqualTo(Escalation.Status.OPEN);
        assertThat(raised.status(Instant.parse("2021-04-06T23:00:00Z"))).isEqualTo(Escalation.Status.OVERDUE);
        assertThat(raised.overdueToAnnounce(Instant.parse("2021-04-06T23:00:00Z"))).isTrue();
        assertThat(raised.withOverdueAnnounced().overdueToAnnounce(Instant.parse("2021-04-07T09:00:00Z"))).isFalse();
        // raised on a Tuesday: due by the end of Wednesday, in winter time
        assertThat(Escalation.raise("a", Instant.parse("2021-11-23T09:00:00Z"), CALENDAR, LONDON).dueBy())
                .isEqualTo(Instant.parse("2021-11-25T00:00:00Z"));
        assertThatThrownBy(() -> raised.acknowledge("auditor-1", Instant.parse("2021-04-01T15:00:00Z")))
                .isInstanceOf(AuditRefused.class);
        Escalation acknowledged = raised.acknowledge("manager-1", Instant.parse("2021-04-01T15:00:00Z"));
        assertThat(acknowledged.open()).isFalse();
        assertThat(acknowledged.status(Instant.parse("2021-04-08T09:00:00Z"))).isEqualTo(Escalation.Status.ACKNOWLEDGED);
        assertThat(acknowledged.overdue(Instant.parse("2021-04-08T09:00:00Z"))).isFalse();
        assertThatThrownBy(() -> acknowledged.acknowledge("manager-2", Instant.parse("2021-04-02T09:00:00Z")))
                .isInstanceOfSatisfying(AuditRefused.class, e -> assertThat(e.conflict()).isTrue());
    }
}
