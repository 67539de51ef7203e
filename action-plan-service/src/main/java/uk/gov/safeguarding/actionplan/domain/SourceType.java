package uk.gov.safeguarding.actionplan.domain;

/**
 * Where recommendations come from, each with the clock its response runs on by default (a council may set
 * another per type): Ofsted's action plan 70 working days after the report, 20 after a focused visit with
 * priority actions; a scrutiny review's executive response 2 months.
 */
public enum SourceType {
    OFSTED_INSPECTION(ResponseClock.workingDays(70)),
    FOCUSED_VISIT(ResponseClock.workingDays(20)),
    JOINT_TARGETED_AREA_INSPECTION(ResponseClock.workingDays(70)),
    JOINT_AREA_REVIEW(ResponseClock.NONE),
    SCRUTINY_REVIEW(ResponseClock.months(2)),
    PRACTICE_REVIEW(ResponseClock.NONE),
    ASSURANCE_VISIT(ResponseClock.NONE),
    AUDIT(ResponseClock.NONE),
    KPI_EXCEPTION(ResponseClock.NONE),
    OTHER(ResponseClock.NONE);

    private final ResponseClock defaultClock;

    SourceType(ResponseClock defaultClock) {
        this.defaultClock = defaultClock;
    }

    public ResponseClock defaultClock() {
        return defaultClock;
    }
}
