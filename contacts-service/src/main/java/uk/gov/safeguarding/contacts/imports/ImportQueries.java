package uk.gov.safeguarding.contacts.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.contacts.rest.ImportErrorView;
import uk.gov.safeguarding.contacts.rest.ImportView;

/** Reads batch runs, their progress and their row errors. */
@ApplicationScoped
public class ImportQueries {

    private final EntityManager entityManager;

    public ImportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public ImportView get(UUID id) {
        ContactImport run = ContactImport.findById(id);
        if (run == null) {
            throw ProblemException.notFound("contact import", id);
        }
        return ImportView.of(run);
    }

    @Transactional
    public PageOf<ImportView> list(PageRequest page) {
        var query = ContactImport.<ContactImport>find("order by createdAt desc, id desc");
        long total = query.count();
        List<ImportView> items = query.page(page.page(), page.size()).list().stream().map(ImportView::of).toList();
        return PageOf.of(items, page, total);
    }

    @Transactional
    public PageOf<ImportErrorView> errors(UUID id, PageRequest page) {
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
        List<ImportErrorView> items = rows.stream()
                .map(row -> new ImportErrorView(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
        return PageOf.of(items, page, total);
    }
}
