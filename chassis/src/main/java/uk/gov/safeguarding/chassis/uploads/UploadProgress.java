package uk.gov.safeguarding.chassis.uploads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What an {@link UploadJob} tells its run as it reads: the sheets it finds, and each chunk's counts and refusals. */
@ApplicationScoped
public class UploadProgress {

    /** Refused rows kept per run with their reasons; beyond this they are counted, not kept. */
    public static final int MAX_STORED_ERRORS = 10_000;
    /** The part that is the file itself, for an upload without sheets. */
    public static final int FILE = 0;

    private final EntityManager entityManager;

    public UploadProgress(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records a sheet of the workbook: to be read ({@code skippedReason} null) or skipped. Returns its part
     * number, for {@link #counted}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sheet(UUID run, String sheet, Integer annexAList, String skippedReason) {
        int position = ((Number) entityManager.createNativeQuery(
                        "SELECT coalesce(max(position), 0) + 1 FROM upload_part WHERE run_id = ?1")
                .setParameter(1, run).getSingleResult()).intValue();
        entityManager.createNativeQuery("""
                        INSERT INTO upload_part (run_id, position, sheet, annex_a_list, skipped_reason)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, run)
                .setParameter(2, position)
                .setParameter(3, sheet)
                .setParameter(4, annexAList)
                .setParameter(5, skippedReason)
                .executeUpdate();
        return position;
    }

    /** The format the job found the file to be in, when it tells more than the content type did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void format(UUID run, String format) {
        UploadRun.update("format = ?1 where id = ?2", format, run);
    }

    /**
     * Adds a chunk's counts to its run (and part) and keeps its refusals, in the chunk's own transaction, so
     * progress commits with the rows it counts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void counted(UUID run, int part, UploadCounts counts, List<UploadRowError> errors) {
        entityManager.createQuery("""
                        update UploadRun set rowsRead = rowsRead + :read, rowsStored = rowsStored + :stored,
                               rowsDuplicate = rowsDuplicate + :duplicate, rowsFailed = rowsFailed + :failed,
                               recordsStored = recordsStored + :records
                         where id = :id""")
                .setParameter("read", counts.read())
                .setParameter("stored", counts.stored())
                .setParameter("duplicate", counts.duplicate())
                .setParameter("failed", counts.failed())
                .setParameter("records", counts.records())
                .setParameter("id", run)
                .executeUpdate();
        if (part != FILE) {
            entityManager.createNativeQuery("""
                            UPDATE upload_part SET rows_read = rows_read + ?1, rows_stored = rows_stored + ?2,
                                   rows_duplicate = rows_duplicate + ?3, rows_failed = rows_failed + ?4,
                                   records_stored = records_stored + ?5
                             WHERE run_id = ?6 AND position = ?7""")
                    .setParameter(1, counts.read())
                    .setParameter(2, counts.stored())
                    .setParameter(3, counts.duplicate())
                    .setParameter(4, counts.failed())
                    .setParameter(5, counts.records())
                    .setParameter(6, run)
                    .setParameter(7, part)
                    .executeUpdate();
        }
        keep(run, part, errors);
    }

    private void keep(UUID run, int part, List<UploadRowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        long kept = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM upload_error WHERE run_id = ?1")
                .setParameter(1, run).getSingleResult()).longValue();
        for (UploadRowError error : errors) {
            if (kept++ >= MAX_STORED_ERRORS) {
                return;
            }
            entityManager.createNativeQuery("""
                            INSERT INTO upload_error (run_id, part, line, field, reason)
                            VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                    .setParameter(1, run)
                    .setParameter(2, part)
                    .setParameter(3, error.line())
                    .setParameter(4, error.field() == null ? "" : error.field())
                    .setParameter(5, error.reason())
                    .executeUpdate();
        }
    }

    /** Called between chunks: a worker asked to stop (the service is shutting down) leaves its run to resume. */
    public static void stopIfAsked() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
    }

    /** The run stays RUNNING and is read again at the next start. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }
}
