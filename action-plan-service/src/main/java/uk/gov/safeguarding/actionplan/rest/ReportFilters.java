package uk.gov.safeguarding.actionplan.rest;

import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.text.OptionalText;

/** The query parameters reports and action lists are narrowed by, read once for all of them. */
final class ReportFilters {

    private ReportFilters() {
    }

    static ReportQueries.Filter of(String localAuthority, String sourceId, String sourceType, String board) {
        UUID source = null;
        if (sourceId != null && !sourceId.isBlank()) {
            try {
                source = UUID.fromString(sourceId.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("sourceId", "must be a source's id (a UUID)");
            }
        }
        String named = OptionalText.of("board", board, 200);
        return new ReportQueries.Filter(CouncilCodes.canonicalOrSame(localAuthority), source,
                QueryParams.enumValue("sourceType", sourceType, SourceType.class), named);
    }
}
