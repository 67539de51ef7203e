package uk.gov.safeguarding.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.safeguarding.audit.client.ContactsApi;
import uk.gov.safeguarding.audit.client.PracticeRecordsApi;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * Fetches a population from the service that holds its records, page by page, with audit-service's own token
 * (client credentials, role integration): the reads are child-level and that service logs them in
 * audit-service's name. A population is of children: each child found once, in the order first found
 * (contacts oldest first; practice records in record-id order), so the same records give the same population.
 */
@ApplicationScoped
public class PopulationFetch {

    static final int CONTACT_PAGE = 200;
    static final int RECORD_PAGE = 1000;

    private final ContactsApi contacts;
    private final PracticeRecordsApi practiceRecords;
    private final ObjectMapper json;
    private final int maxRecords;

    public PopulationFetch(@RestClient ContactsApi contacts, @RestClient PracticeRecordsApi practiceRecords,
                           ObjectMapper json,
                           @ConfigProperty(name = "suite.audit.population.max-records", defaultValue = "200000")
                           int maxRecords) {
        this.contacts = contacts;
        this.practiceRecords = practiceRecords;
        this.json = json;
        this.maxRecords = maxRecords;
    }

    /** The children found, in order, and the filter as stored with the sample. */
    public record Fetched(PopulationQuery.Source source, List<String> childRefs, long recordsRead, String filter) {
    }

    public Fetched fetch(String localAuthority, PopulationQuery query) {
        check(query);
        String filter;
        try {
            filter = json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            return query.source() == PopulationQuery.Source.CONTACTS
                    ? contacts(localAuthority, query, filter) : practiceRecords(localAuthority, query, filter);
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            String service = query.source() == PopulationQuery.Source.CONTACTS ? "contacts-service" : "kpi-service";
            if (status == 400) {
                throw new RequestRefused(RequestRefused.Kind.INVALID, "populationQuery",
                        service + " refused the filter: " + detail(answered));
            }
            if (status == 401 || status == 403) {
                throw new RequestRefused(RequestRefused.Kind.NOT_CONFIGURED, "populationQuery", service
                        + " refused audit-service's own token (" + status + "): its client needs the integration role");
            }
            throw new RequestRefused(RequestRefused.Kind.NOT_CONFIGURED, "populationQuery",
                    service + " could not answer (" + status + "); try again later");
        } catch (RequestRefused refused) {
            throw refused;
        } catch (RuntimeException unreachable) {
            // no answer at all (connection refused, timeout) or no token from the issuer
            throw new RequestRefused(RequestRefused.Kind.NOT_CONFIGURED, "populationQuery",
                    (query.source() == PopulationQuery.Source.CONTACTS ? "contacts-service" : "kpi-service")
                            + " or the token issuer could not be reached; try again later");
        }
    }

    private Fetched contacts(String council, PopulationQuery q, String filter) {
        Set<String> children = new LinkedHashSet<>();
        long read = 0;
        for (int page = 0; ; page++) {
            ContactsApi.Page found = contacts.find(council, text(q.receivedFrom()), text(q.receivedTo()), q.contactSource(),
                    q.outcome(), q.minEarlierContacts(), "receivedAt", page, CONTACT_PAGE);
            tooMany(found.totalItems());
            for (ContactsApi.Contact contact : found.items()) {
                read++;
                YearMonth received = YearMonth.from(contact.receivedAt().atZone(LondonTime.ZONE));
                for (ContactsApi.Child child : contact.children()) {
                    if (q.childUnderMonths() == null || young(child, received, q.childUnderMonths())) {
                        children.add(child.childRef());
                    }
                }
            }
            if (found.items().isEmpty() || page + 1 >= found.totalPages()) {
                return new Fetched(q.source(), new ArrayList<>(children), read, filter);
            }
        }
    }

    private Fetched practiceRecords(String council, PopulationQuery q, String filter) {
        Set<String> children = new LinkedHashSet<>();
        long read = 0;
        String after = null;
        do {
            PracticeRecordsApi.Page found = practiceRecords.find(council, q.kind(), q.team(), text(q.startFrom()),
                    text(q.startTo()), q.openOnly(), q.minDays(), q.minWorkingDays(), after, RECORD_PAGE);
            for (PracticeRecordsApi.Record record : found.items()) {
                read++;
                children.add(record.childRef());
            }
            tooMany(read);
            after = found.next();
        } while (after != null);
        return new Fetched(q.source(), new ArrayList<>(children), read, filter);
    }

    /** An unborn child is under any age; a child born in the month the contact came in is 0 months old. */
    static boolean young(ContactsApi.Child child, YearMonth received, int underMonths) {
        if (child.unborn() || child.birthMonth() == null) {
            return child.unborn();
        }
        return ChronoUnit.MONTHS.between(child.birthMonth(), received) < underMonths;
    }

    private void tooMany(long records) {
        if (records > maxRecords) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "populationQuery", "finds more than " + maxRecords
                    + " records: narrow the filter (dates, source, team)");
        }
    }

    private static void check(PopulationQuery q) {
        boolean contacts = q.source() == PopulationQuery.Source.CONTACTS;
        List<String> wrong = new ArrayList<>();
        if (contacts) {
            for (Object[] field : new Object[][] {{"kind", q.kind()}, {"team", q.team()}, {"startFrom", q.startFrom()},
                    {"startTo", q.startTo()}, {"openOnly", q.openOnly()}, {"minDays", q.minDays()},
                    {"minWorkingDays", q.minWorkingDays()}}) {
                if (field[1] != null) {
                    wrong.add((String) field[0]);
                }
            }
        } else {
            for (Object[] field : new Object[][] {{"receivedFrom", q.receivedFrom()}, {"receivedTo", q.receivedTo()},
                    {"contactSource", q.contactSource()}, {"outcome", q.outcome()},
                    {"minEarlierContacts", q.minEarlierContacts()}, {"childUnderMonths", q.childUnderMonths()}}) {
                if (field[1] != null) {
                    wrong.add((String) field[0]);
                }
            }
            if (q.kind() == null) {
                throw new RequestRefused(RequestRefused.Kind.INVALID, "populationQuery.kind",
                        "is needed for practice records: the kind of record, such as S47_ENQUIRY or CP_PLAN");
            }
        }
        if (!wrong.isEmpty()) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "populationQuery." + wrong.get(0),
                    "is not a filter of " + (contacts ? "contacts" : "practice records"));
        }
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String detail(WebApplicationException answered) {
        try {
            String body = answered.getResponse().readEntity(String.class);
            return body == null ? "no detail" : body.length() > 500 ? body.substring(0, 500) : body;
        } catch (RuntimeException e) {
            return "no detail";
        }
    }
}
