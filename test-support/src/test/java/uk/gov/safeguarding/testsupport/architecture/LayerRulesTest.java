package uk.gov.safeguarding.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules find what they are meant to find, in a sample service that breaks each of them once. */
class LayerRulesTest {

    private static final String SAMPLE = "uk.gov.safeguarding.testsupport.architecture.sample";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(SAMPLE);

    @Test
    void eachRuleFindsTheSampleThatBreaksIt() {
        List<String> violations = LayerRules.rules(SAMPLE).stream()
                .map(rule -> rule.evaluate(CLASSES))
                .filter(EvaluationResult::hasViolation)
                .flatMap(result -> result.getFailureReport().getDetails().stream())
                .toList();
        assertThat(violations).anyMatch(v -> v.contains("HttpAwareDomain") && v.contains("jakarta.ws.rs"));
        assertThat(violations).anyMatch(v -> v.contains("ServiceAwareRepository") && v.contains("SampleCommand"));
        assertThat(violations).anyMatch(v -> v.contains("LeakyService") && v.contains("SampleRequest"));
        // mapping may use REST types: that is what it is for
        assertThat(violations).noneMatch(v -> v.contains("SampleMapper"));
    }

    @Test
    void checkFailsOnAnyViolation() {
        assertThatThrownBy(() -> LayerRules.check(CLASSES, SAMPLE)).isInstanceOf(AssertionError.class);
    }
}
