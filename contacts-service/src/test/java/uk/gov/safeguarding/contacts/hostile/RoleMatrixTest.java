package uk.gov.safeguarding.contacts.hostile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.RoleMatrix;

@QuarkusTest
class RoleMatrixTest {

    @Test
    void everyOperationAnswersEachRoleAsItsAnnotationsSay() {
        RoleMatrix.of(ApiDocuments.openApi(), Roles.ALL, "uk.gov.safeguarding.contacts", "uk.gov.safeguarding.chassis")
                .replacing("E06000015", "E06000018").replacing("DB1234567", "HOSTILE2").replacing("2023-05-08", "2099-06-16")
                .check();
    }
}
