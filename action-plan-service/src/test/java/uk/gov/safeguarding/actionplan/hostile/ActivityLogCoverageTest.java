package uk.gov.safeguarding.actionplan.hostile;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.chassis.calendar.CalendarResource;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.ActivityLogCoverage;

@QuarkusTest
class ActivityLogCoverageTest {

    @Test
    void everyStateChangeDeclaresANamedAction() {
        List<String> actions = new ArrayList<>(ActionPlanActions.ALL);
        actions.add(CalendarResource.ACTION_PUT);
        ActivityLogCoverage.check(ApiDocuments.openApi(), actions, "uk.gov.safeguarding.actionplan",
                "uk.gov.safeguarding.chassis");
    }
}
