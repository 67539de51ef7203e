package uk.gov.safeguarding.chassis.rest;

import java.util.List;

/**
 * A response that BI tools can also take as CSV: implement it on the JSON view of a list and declare
 * {@code @Produces({"application/json", "text/csv"})}; {@link CsvTableWriter} writes it as RFC 4180 with
 * a header row when the caller asks for {@code text/csv} (or {@code format=csv}).
 */
public interface CsvTable {

    /** Stable snake_case column names: BI reports are built on them. */
    List<String> csvHeader();

    /** One list per row, in header order; values are written as ISO text, null as an empty field. */
    Iterable<List<?>> csvRows();
}
