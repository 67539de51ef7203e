-- A workbook import reads its Annex A List 1 sheet; the sheets it skips are reported with the run.
ALTER TABLE contact_import ADD COLUMN skipped_sheets text;
