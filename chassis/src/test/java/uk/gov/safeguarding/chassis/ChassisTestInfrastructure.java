package uk.gov.safeguarding.chassis;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;

/** One real PostgreSQL, Kafka broker and token issuer for the chassis's integration tests. */
@WithTestResource(value = SuiteTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
public class ChassisTestInfrastructure {
}
