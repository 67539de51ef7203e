package uk.gov.safeguarding.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;

/** A child a contact is about: pseudonymous reference, birth month (or expected month), sex. */
@Embeddable
public class ContactChild {

    @Column(name = "child_ref", nullable = false)
    public String childRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    /** First day of the birth month, or of the expected month for an unborn child. */
    @Column(name = "birth_month")
    public LocalDate birthMonth;

    public boolean unborn;

    /** Contacts about this child in the 12 months before this one, counted at intake. */
    @Column(name = "earlier_contacts")
    public int earlierContacts;

    /** Copied from the contact so repeat-contact counts read one index. */
    @Column(name = "local_authority", nullable = false)
    public String localAuthority;

    @Column(name = "received_at", nullable = false)
    public java.time.Instant receivedAt;

    public ContactChild() {
    }

    public ContactChild(String childRef, Sex sex, YearMonth birthMonth, boolean unborn) {
        this.childRef = childRef;
        this.sex = sex;
        this.birthMonth = birthMonth == null ? null : birthMonth.atDay(1);
        this.unborn = unborn;
    }

    public YearMonth birthYearMonth() {
        return birthMonth == null ? null : YearMonth.from(birthMonth);
    }
}
