package uk.gov.safeguarding.kpi.hostile;

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

    /**
     * Everything a request may store. Not the activity log (refusals are recorded on purpose) and not the
     * figures and facts the service works out or takes from events in the background.
     */
    private static final String STORED = """
            SELECT (SELECT count(*) FROM practice_record) || '/' || (SELECT count(*) FROM closed_month) || '/'
                || (SELECT count(*) FROM kpi_definition_change) || '/' || (SELECT count(*) FROM calendar_change)
                || '/' || (SELECT md5(coalesce(string_agg(b::text, ',' ORDER BY b::text), '')) FROM kpi_benchmark b)
                || '/' || (SELECT md5(coalesce(string_agg(d::text, ',' ORDER BY d::text), '')) FROM kpi_definition d)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noRequestGetsAServerErrorOrLeavesAnythingBehindWhenRefused() {
        HostileInput.Report report = HostileInput.of(ApiDocuments.openApi())
                .seed(20261201L)
                // what the run stores must not land in the councils, children, benchmarks and calendar other tests read
                .replacing("E06000015", "E06000018").replacing("DB1234567", "HOSTILE1").replacing("2023-05-08", "2099-06-15")
                .replacing("2024-25", "2001-02")
                .storedState(dataSource, STORED)
                .quietWhen(dataSource, "SELECT NOT EXISTS (SELECT 1 FROM upload_run WHERE status IN ('QUEUED', 'RUNNING'))")
                .run();
        assertThat(report.sent()).isGreaterThan(3_000);
        assertThat(report.operations()).isEqualTo(ApiDocuments.operationCount(ApiDocuments.openApi()));
    }
}
