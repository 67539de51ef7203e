package uk.gov.safeguarding.actionplan;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;

/** One real PostgreSQL, Kafka broker and token issuer for every test class of this service. */
@WithTestResource(value = SuiteTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
public class ActionPlanTestInfrastructure {
}
