package uk.gov.safeguarding.actionplan.hostile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.RoleMatrix;

@QuarkusTest
class RoleMatrixTest {

    @Test
    void everyOperationAnswersEachRoleAsItsAnnotationsSay() {
        RoleMatrix.of(ApiDocuments.openApi(), Roles.ALL, "uk.gov.safeguarding.actionplan", "uk.gov.safeguarding.chassis")
                .replacing("2023-05-08", "2099-06-17")
                .check();
    }
}
