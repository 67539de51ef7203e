package uk.gov.safeguarding.actionplan.architecture;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.LayerRules;

/** The suite's layer rules (test-support), on this service's classes. */
class LayerRulesTest {

    @Test
    void theLayersHold() {
        LayerRules.check("uk.gov.safeguarding.actionplan");
    }
}
