package uk.gov.safeguarding.contacts.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageRequest;

/** Reads batch runs, their progress and their row errors. */
@ApplicationScoped
public class ImportQueries {

    private final EntityManager entityManager;

    public ImportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page of runs, newest first, and how many there are. */
    public record Runs(List<ContactImport> runs, long total) {
    }

    /** One failed row's problem, and a page of them with their count. */
    public record RowError(long line, String field, String reason) {
    }

    public record RowErrors(List<RowError> errors, long total) {
    }

    @Transactional
    public ContactImport get(UUID id) {
        ContactImport run = ContactImport.findById(id);
        if (run == null) {
            throw ProblemException.notFound("contact import", id);
        }
        return run;
    }

    @Transactional
    public Runs list(PageRequest page) {
        var query = ContactImport.<ContactImport>find("order by createdAt desc, id desc");
        return new Runs(query.page(page.page(), page.size()).list(), query.count());
    }

    @Transactional
    public RowErrors errors(UUID id, PageRequest page) {
        get(id);
        long total = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM contact_import_error WHERE import_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT line, field, reason FROM contact_import_error WHERE import_id = ?1
                         ORDER BY line, field LIMIT ?2 OFFSET ?3""")
                .setParameter(1, id)
                .setParameter(2, page.size())
                .setParameter(3, (long) page.page() * page.size())
                .getResultList();
        List<RowError> items = rows.stream()
                .map(row -> new RowError(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
        return new RowErrors(items, total);
    }
}
