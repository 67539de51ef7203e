package uk.gov.safeguarding.kpi.hostile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.RoleMatrix;

@QuarkusTest
class RoleMatrixTest {

    @Test
    void everyOperationAnswersEachRoleAsItsAnnotationsSay() {
        RoleMatrix.of(ApiDocuments.openApi(), Roles.ALL, "uk.gov.safeguarding.kpi", "uk.gov.safeguarding.chassis")
                .replacing("E06000015", "E06000019").replacing("DB1234567", "HOSTILE2").replacing("2023-05-08", "2099-06-16")
                .replacing("2024-25", "2002-03")
                .check();
    }
}
