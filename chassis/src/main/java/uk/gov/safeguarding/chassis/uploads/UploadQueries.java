package uk.gov.safeguarding.chassis.uploads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageRequest;

/** Reads uploads of one kind: the runs, a run's sheets, and its refused rows a page at a time. */
@ApplicationScoped
public class UploadQueries {

    private final EntityManager entityManager;

    public UploadQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A run with its sheets (none for a file without them). */
    public record Upload(UploadRun run, List<UploadPart> parts) {
    }

    public record Uploads(List<Upload> uploads, long total) {
    }

    /** A refused row: the sheet it is on (null for a file without sheets), its line, field and reason. */
    public record RowError(String sheet, long line, String field, String reason) {
    }

    public record RowErrors(List<RowError> errors, long total) {
    }

    /** {@code noun} names the kind in a 404, e.g. "contact import". */
    @Transactional
    public Upload get(String kind, String noun, UUID id) {
        UploadRun run = UploadRun.findById(id);
        if (run == null || !run.kind.equals(kind)) {
            throw ProblemException.notFound(noun, id);
        }
        return new Upload(run, parts(id));
    }

    /** A page of runs, newest first. */
    @Transactional
    public Uploads list(String kind, PageRequest page) {
        var query = UploadRun.<UploadRun>find("kind = ?1 order by createdAt desc, id desc", kind);
        List<Upload> uploads = query.page(page.page(), page.size()).list().stream()
                .map(run -> new Upload(run, parts(run.id))).toList();
        return new Uploads(uploads, query.count());
    }

    @Transactional
    public RowErrors errors(String kind, String noun, UUID id, PageRequest page) {
        get(kind, noun, id);
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM upload_error WHERE run_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.sheet, e.line, e.field, e.reason
                          FROM upload_error e
                          LEFT JOIN upload_part p ON p.run_id = e.run_id AND p.position = e.part
                         WHERE e.run_id = ?1
                         ORDER BY e.part, e.line, e.field LIMIT ?2 OFFSET ?3""")
                .setParameter(1, id)
                .setParameter(2, page.size())
                .setParameter(3, (long) page.page() * page.size())
                .getResultList();
        return new RowErrors(rows.stream().map(row -> new RowError((String) row[0], ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3])).toList(), total);
    }

    private List<UploadPart> parts(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT position, sheet, annex_a_list, skipped_reason, rows_read, rows_stored, rows_duplicate,
                               rows_failed, records_stored
                          FROM upload_part WHERE run_id = ?1 ORDER BY position""")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().map(row -> new UploadPart(((Number) row[0]).intValue(), (String) row[1],
                row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3],
                new UploadCounts(((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                        ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue())))
                .toList();
    }
}
