package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every rule of the catalogue is named in words for the people who read findings without their codes. */
class RuleDescriptionsTest {

    @Test
    void everyRuleHasItsDescriptionInTheBundle() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);
        for (Rule rule : Rule.values()) {
            assertThat(bundle.containsKey("rule." + rule.id())).as(rule.id()).isTrue();
            assertThat(RuleDescriptions.of(rule.id()))
                    .as(rule.id())
                    .doesNotContain(rule.id())
                    .isNotBlank();
        }
        assertThat(RuleDescriptions.of("T9-NEW"))
                .as("an identity a new form declares")
                .isEqualTo("合计关系不成立");
    }
}
