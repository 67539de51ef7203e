package uk.gov.safeguarding.chassis.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.safeguarding.workingdays.CalendarChange;

@Entity
@Table(name = "calendar_change")
public class CalendarChangeRow extends PanacheEntityBase {

    @Id
    @Column(name = "change_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    public CalendarChange.Kind kind;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public CalendarChange toChange() {
        return new CalendarChange(date, kind, reason);
    }
}
