package uk.gov.safeguarding.kpi.domain.calculations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

/** One child's records of a kind of work (child protection, in need, in care), for the KPIs over episodes. */
record ChildRecords(String childRef, List<PracticeRecord> records) {

    static List<ChildRecords> byChild(List<PracticeRecord> facts) {
        Map<String, List<PracticeRecord>> byChild = new LinkedHashMap<>();
        for (PracticeRecord record : facts) {
            byChild.computeIfAbsent(record.childRef(), child -> new ArrayList<>()).add(record);
        }
        return byChild.entrySet().stream().map(entry -> new ChildRecords(entry.getKey(), entry.getValue())).toList();
    }

    List<PracticeRecord> of(RecordKind kind) {
        return records.stream().filter(record -> record.kind() == kind).toList();
    }

    /** The episode of this kind open at the end of the day, the latest started if more than one. */
    Optional<PracticeRecord> openAt(RecordKind kind, LocalDate day) {
        return of(kind).stream().filter(record -> record.openAt(day))
                .max((a, b) -> a.startDate().compareTo(b.startDate()));
    }

    /** Dates of events of this kind (visits, reviews) from {@code from} to {@code to}, both included. */
    List<LocalDate> datesOf(RecordKind kind, LocalDate from, LocalDate to) {
        return of(kind).stream().map(PracticeRecord::date)
                .filter(date -> !date.isBefore(from) && !date.isAfter(to)).sorted().toList();
    }

    /** The last day an episode's reviews can fall due in the month: its end, or the month's end. */
    static LocalDate until(PracticeRecord episode, LocalDate monthEnd) {
        return episode.endDate() == null || episode.endDate().isAfter(monthEnd) ? monthEnd : episode.endDate();
    }
}
