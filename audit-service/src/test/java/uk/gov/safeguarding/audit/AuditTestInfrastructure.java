package uk.gov.safeguarding.audit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * The suite's real PostgreSQL, Kafka broker and issuer, with audit-service running as its own database role
 * (migrations as the owner), as it runs in production.
 */
@WithTestResource(value = AuditDatabaseRoles.class, scope = TestResourceScope.GLOBAL)
public class AuditTestInfrastructure {
}
