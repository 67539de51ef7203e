-- Batch intake runs move to the chassis's upload tables (upload_run, upload_part, upload_error), which every
-- service's uploads share; the runs, sheets skipped and row errors recorded so far move with them.
INSERT INTO upload_run (id, kind, format, local_authority, status, rows_read, rows_stored, rows_duplicate,
                        rows_failed, records_stored, bytes_received, message, created_by, created_at, started_at,
                        finished_at)
SELECT id, 'contact-import', format, local_authority, status, rows_read, rows_stored, rows_duplicate, rows_failed,
       rows_stored, bytes_received, message, created_by, created_at, started_at, finished_at
  FROM contact_import;

INSERT INTO upload_part (run_id, position, sheet, annex_a_list, skipped_reason)
SELECT i.id, s.position::integer, split_part(s.line, E'\t', 1),
       nullif(split_part(s.line, E'\t', 2), '')::integer,
       substr(s.line, length(split_part(s.line, E'\t', 1)) + length(split_part(s.line, E'\t', 2)) + 3)
  FROM contact_import i,
       LATERAL regexp_split_to_table(i.skipped_sheets, E'\n') WITH ORDINALITY AS s(line, position)
 WHERE i.skipped_sheets IS NOT NULL AND i.skipped_sheets <> '';

INSERT INTO upload_error (run_id, part, line, field, reason)
SELECT import_id, 0, line, field, reason FROM contact_import_error;

DROP TABLE contact_import_error;
DROP TABLE contact_import;
