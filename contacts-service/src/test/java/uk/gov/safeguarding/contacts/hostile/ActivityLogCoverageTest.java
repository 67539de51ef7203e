package uk.gov.safeguarding.contacts.hostile;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.calendar.CalendarResource;
import uk.gov.safeguarding.contacts.service.ContactActions;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.ActivityLogCoverage;

@QuarkusTest
class ActivityLogCoverageTest {

    @Test
    void everyStateChangeAndChildLevelReadDeclaresANamedAction() {
        List<String> actions = new ArrayList<>(ContactActions.ALL);
        actions.add(CalendarResource.ACTION_PUT);
        ActivityLogCoverage.check(ApiDocuments.openApi(), actions, "uk.gov.safeguarding.contacts", "uk.gov.safeguarding.chassis");
    }
}
