package uk.gov.safeguarding.audit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.RecordSources;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.HostileInput;

/** Requests generated from this service's OpenAPI document, as a hostile or careless caller sends them. */
@QuarkusTest
class HostileInputTest {

    /** Populations asked for are fetched from a stand-in of contacts-service and kpi-service that holds nothing. */
    private static RecordSources sources;

    @BeforeAll
    static void standIn() throws Exception {
        sources = new RecordSources();
    }

    @AfterAll
    static void closeStandIn() {
        sources.close();
    }

    /**
     * What a request may store: checkpoints, the calendar, samples, escalations, audit tools, audits and their work. Not the log's entries, which grow from every
     * request on purpose (refusals are recorded too).
     */
    private static final String STORED = """
            SELECT (SELECT count(*) FROM log_checkpoint) || '/' || (SELECT count(*) FROM calendar_change)
                || '/' || (SELECT count(*) FROM sample) || '/' || (SELECT count(*) FROM sample_case)
                || '/' || (SELECT count(*) FROM escalation) || '/' || (SELECT count(*) FROM escalation WHERE acknowledged_at IS NULL)
                || '/' || (SELECT count(*) FROM audit_tool) || '/' || (SELECT count(*) FROM audit)
                || '/' || (SELECT count(*) FROM audit WHERE status <> 'PLANNED') || '/' || (SELECT count(*) FROM case_audit)
                || '/' || (SELECT count(*) FROM case_audit WHERE status = 'SUBMITTED' OR moderated_at IS NOT NULL)
                || '/' || (SELECT count(*) FROM audit_finding) || '/' || (SELECT count(*) FROM audit_recommendation)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noRequestGetsAServerErrorOrLeavesAnythingBehindWhenRefused() {
        HostileInput.Report report = HostileInput.of(ApiDocuments.openApi())
                .seed(20261202L)
                .replacing("2023-05-08", "2099-06-18")
                .storedState(dataSource, STORED)
                .run();
        assertThat(report.sent()).isGreaterThan(300);
        assertThat(report.operations()).isEqualTo(ApiDocuments.operationCount(ApiDocuments.openApi()));
    }
}
