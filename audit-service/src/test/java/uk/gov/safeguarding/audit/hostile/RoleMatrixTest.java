package uk.gov.safeguarding.audit.hostile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.RecordSources;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.RoleMatrix;

@QuarkusTest
class RoleMatrixTest {

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

    @Test
    void everyOperationAnswersEachRoleAsItsAnnotationsSay() {
        RoleMatrix.of(ApiDocuments.openApi(), Roles.ALL, "uk.gov.safeguarding.audit", "uk.gov.safeguarding.chassis")
                .replacing("2023-05-08", "2099-06-17")
                .check();
    }
}
