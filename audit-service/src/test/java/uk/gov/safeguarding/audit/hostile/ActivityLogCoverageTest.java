package uk.gov.safeguarding.audit.hostile;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.rest.AuditActions;
import uk.gov.safeguarding.chassis.calendar.CalendarResource;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.ActivityLogCoverage;

@QuarkusTest
class ActivityLogCoverageTest {

    @Test
    void everyStateChangeAndChildLevelReadDeclaresANamedAction() {
        List<String> actions = new ArrayList<>(AuditActions.ALL);
        actions.add(CalendarResource.ACTION_PUT);
        ActivityLogCoverage.check(ApiDocuments.openApi(), actions, "uk.gov.safeguarding.audit", "uk.gov.safeguarding.chassis");
    }
}
