package uk.gov.safeguarding.contacts.hostile;

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

    /** Everything a request may store; the activity log records refusals on purpose, so it is not counted. */
    private static final String STORED = """
            SELECT (SELECT count(*) FROM contact) || '/' || (SELECT count(*) FROM contact_child) || '/'
                || (SELECT count(*) FROM upload_run) || '/' || (SELECT count(*) FROM calendar_change)
                || '/' || (SELECT coalesce(sum(version), 0) FROM contact)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noRequestGetsAServerErrorOrLeavesAnythingBehindWhenRefused() {
        HostileInput.Report report = HostileInput.of(ApiDocuments.openApi())
                .seed(20261201L)
                // what the run stores must not land in the councils, children and calendar other tests count
                .replacing("E06000015", "E06000018").replacing("DB1234567", "HOSTILE1").replacing("2023-05-08", "2099-06-15")
                .storedState(dataSource, STORED)
                .quietWhen(dataSource, "SELECT NOT EXISTS (SELECT 1 FROM upload_run WHERE status IN ('QUEUED', 'RUNNING'))")
                .run();
        assertThat(report.sent()).isGreaterThan(2_000);
        assertThat(report.operations()).isEqualTo(ApiDocuments.operationCount(ApiDocuments.openApi()));
    }
}
