package uk.gov.safeguarding.actionplan.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.HostileInput;

/** Requests generated from this service's OpenAPI document, as a hostile or careless caller sends them. */
@QuarkusTest
class HostileInputTest {

    /** What a request may store: sources, recommendations, actions and their updates and revisions, the calendar. */
    private static final String STORED = """
            SELECT (SELECT count(*) FROM source) || '/' || (SELECT count(*) FROM recommendation)
                || '/' || (SELECT count(*) FROM recommendation WHERE response IS NOT NULL)
                || '/' || (SELECT count(*) FROM action) || '/' || (SELECT count(*) FROM action WHERE status <> 'NOT_STARTED')
                || '/' || (SELECT count(*) FROM action_update) || '/' || (SELECT count(*) FROM due_date_revision)
                || '/' || (SELECT count(*) FROM due_date_revision WHERE approved IS NOT NULL)
                || '/' || (SELECT count(*) FROM calendar_change)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noRequestGetsAServerErrorOrLeavesAnythingBehindWhenRefused() {
        HostileInput.Report report = HostileInput.of(ApiDocuments.openApi())
                .seed(20261202L)
                .replacing("2023-05-08", "2099-06-18")
                .storedState(dataSource, STORED)
                .run();
        assertThat(report.sent()).isGreaterThan(200);
        assertThat(report.operations()).isEqualTo(ApiDocuments.operationCount(ApiDocuments.openApi()));
    }
}
