package uk.gov.safeguarding.contacts.imports;

import java.util.Locale;
import java.util.Optional;

/** The file formats batch intake reads. */
public enum ImportFormat {
    /** This service's own CSV columns (see README), one child per row. */
    CSV,
    /** Ofsted Annex A List 1 (contacts) as CSV: one row per child per contact. */
    ANNEX_A,
    /** One JSON contact per line, as the API takes it, with an optional historic decision. */
    NDJSON,
    /** The Ofsted Annex A workbook (.xlsx): its List 1 sheet, found by its header; the other sheets skipped. */
    XLSX;

    public static Optional<ImportFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "csv" -> Optional.of(CSV);
            case "annex-a", "annexa", "annex-a-list-1" -> Optional.of(ANNEX_A);
            case "ndjson", "jsonl" -> Optional.of(NDJSON);
            case "xlsx", "workbook", "annex-a-workbook" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }
}
