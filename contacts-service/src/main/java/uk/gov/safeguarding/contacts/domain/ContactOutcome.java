package uk.gov.safeguarding.contacts.domain;

/** What the front door decides for a contact. */
public enum ContactOutcome {
    NFA,
    INFORMATION_AND_ADVICE,
    EARLY_HELP,
    CIN_REFERRAL,
    STRATEGY_DISCUSSION,
    EXISTING_OPEN_CASE;

    /** "Progressing for further intervention": an assessment or a strategy discussion. */
    public boolean progressesToIntervention() {
        return this == CIN_REFERRAL || this == STRATEGY_DISCUSSION;
    }
}
