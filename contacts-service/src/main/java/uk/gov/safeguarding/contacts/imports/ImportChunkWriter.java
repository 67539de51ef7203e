package uk.gov.safeguarding.contacts.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.uploads.UploadCounts;
import uk.gov.safeguarding.chassis.uploads.UploadProgress;
import uk.gov.safeguarding.chassis.uploads.UploadRowError;
import uk.gov.safeguarding.chassis.uploads.UploadRun;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.RepeatContacts;
import uk.gov.safeguarding.contacts.repository.ContactBulkWriter.ChildKey;
import uk.gov.safeguarding.contacts.repository.ContactBulkWriter.Key;
import uk.gov.safeguarding.contacts.repository.ContactBulkWriter;
import uk.gov.safeguarding.contacts.service.ContactActions;
import uk.gov.safeguarding.contacts.service.NewContact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** Stores one chunk of a batch: its new contacts with their events, its failures, and the progress. */
@ApplicationScoped
public class ImportChunkWriter {

    private final ContactBulkWriter bulk;
    private final WorkingDays workingDays;
    private final UploadProgress progress;
    private final ActivityLog activityLog;

    public ImportChunkWriter(ContactBulkWriter bulk, WorkingDays workingDays, UploadProgress progress,
                             ActivityLog activityLog) {
        this.bulk = bulk;
        this.workingDays = workingDays;
        this.progress = progress;
        this.activityLog = activityLog;
    }

    /** {@code part} is the sheet of a workbook the rows are from ({@link UploadProgress#FILE} for a plain file). */
    @Transactional
    public void write(UploadRun run, int part, List<ImportRow> valid, List<ImportRow> failed, long rowsRead)
            throws SQLException {
        String createdBy = run.createdBy;
        List<ImportRow> fresh = new ArrayList<>(valid.size());
        Set<Key> seen = new HashSet<>();
        List<Key> keys = new ArrayList<>(valid.size());
        for (ImportRow row : valid) {
            keys.add(key(row));
        }
        Set<Key> stored = bulk.existing(keys);
        for (ImportRow row : valid) {
            Key key = key(row);
            if (!stored.contains(key) && seen.add(key)) {
                fresh.add(row);
            }
        }
        List<Contact> contacts = toContacts(fresh, createdBy);
        bulk.insert(contacts);
        if (!contacts.isEmpty()) {
            activityLog.recordOnBehalfOf(createdBy, ContactActions.IMPORT_ROWS_STORED, ContactImportJob.KIND,
                    run.id.toString(), contacts.stream().flatMap(c -> c.children.stream()).map(c -> c.childRef).toList());
        }
        List<UploadRowError> errors = failed.stream().flatMap(row -> row.errors().stream()
                .map(error -> new UploadRowError(row.line(), error.field(), error.message()))).toList();
        progress.counted(run.id, part, new UploadCounts(rowsRead, contacts.size(), valid.size() - fresh.size(),
                failed.size(), contacts.size()), errors);
    }

    private static Key key(ImportRow row) {
        NewContact contact = row.contact().contact();
        return new Key(contact.localAuthority(), contact.senderRef());
    }

    private List<Contact> toContacts(List<ImportRow> rows, String createdBy) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        Map<ChildKey, List<Instant>> history = history(rows);
        Instant now = Instant.now();
        List<Contact> contacts = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            NewContact request = row.contact().contact();
            List<ContactChild> children = new ArrayList<>();
            for (var childRequest : request.children()) {
                ContactChild child = childRequest.toChild();
                child.earlierContacts = RepeatContacts.earlierContacts(
                        history.getOrDefault(new ChildKey(request.localAuthority(), child.childRef), List.of()),
                        request.receivedAt());
                children.add(child);
            }
            Contact contact = Contact.received(TimeOrderedIds.next(), request.localAuthority(), request.receivedAt(),
                    ContactSource.parse(request.source()).orElseThrow(), request.channel(), children, calendar,
                    createdBy, now);
            contact.senderRef = request.senderRef();
            contact.referrerOrganisation = request.referrerOrganisation();
            contact.referrerRole = request.referrerRole();
            contact.concernCodes = request.concernCodes() == null ? new String[0]
                    : request.concernCodes().stream().distinct().toArray(String[]::new);
            contact.summary = request.summary();
            ImportedContact.HistoricDecision decision = row.contact().decision();
            if (decision != null && decision.outcome() != null) {
                contact.recordHistoricDecision(decision.outcome(), decision.decidedAt(), calendar);
                if (decision.referrerInformedAt() != null) {
                    contact.referrerInformed(null, decision.referrerInformedMethod(), decision.referrerInformedAt(),
                            calendar);
                }
            }
            contacts.add(contact);
        }
        return contacts;
    }

    /** Earlier receipts per child: stored contacts, and the other rows of this chunk. */
    private Map<ChildKey, List<Instant>> history(List<ImportRow> rows) throws SQLException {
        Set<ChildKey> children = new HashSet<>();
        Instant earliest = null;
        Instant latest = null;
        Map<ChildKey, List<Instant>> inChunk = new HashMap<>();
        for (ImportRow row : rows) {
            NewContact request = row.contact().contact();
            Instant received = request.receivedAt();
            earliest = earliest == null || received.isBefore(earliest) ? received : earliest;
            latest = latest == null || received.isAfter(latest) ? received : latest;
            for (var child : request.children()) {
                ChildKey key = new ChildKey(request.localAuthority(), child.childRef());
                children.add(key);
                inChunk.computeIfAbsent(key, k -> new ArrayList<>()).add(received);
            }
        }
        Map<ChildKey, List<Instant>> history = bulk.history(children, RepeatContacts.windowStart(earliest), latest);
        inChunk.forEach((key, receipts) -> history.computeIfAbsent(key, k -> new ArrayList<>()).addAll(receipts));
        return history;
    }
}
