package uk.gov.safeguarding.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.audit.repository.LogStore;

/**
 * A verification reads the head, then the entries beyond it, then the tree: entries appended in between (the
 * log grows all the time a service is used) must not be taken for entries inserted behind the appender's back.
 */
@QuarkusTest
class LogSnapshotTest {

    @Inject
    LogStore log;

    @Test
    void aSnapshotDoesNotSeeEntriesAppendedAfterItBegan() {
        long[] seen = QuarkusTransaction.requiringNew().call(() -> {
            log.snapshot();
            long size = log.head().size();
            LogFixtures.publish(LogFixtures.newActor(), 2, LogFixtures.newChild());
            return new long[] {size, log.countFrom(size), log.head().size()};
        });
        assertThat(seen[1]).as("entries beyond the head the snapshot began with").isZero();
        assertThat(seen[2]).isEqualTo(seen[0]);
    }

    @Test
    void withoutOneEachReadSeesTheAppendsCommittedBeforeIt() {
        // the case the snapshot is for: were this to see nothing, the test above would prove nothing
        long[] seen = QuarkusTransaction.requiringNew().call(() -> {
            long size = log.head().size();
            LogFixtures.publish(LogFixtures.newActor(), 2, LogFixtures.newChild());
            return new long[] {size, log.countFrom(size)};
        });
        assertThat(seen[1]).isGreaterThanOrEqualTo(2);
    }
}
