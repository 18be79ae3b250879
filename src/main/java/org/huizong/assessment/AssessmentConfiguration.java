package org.huizong.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment's beans: its model, read with every run context, and the publisher of rankings. */
@Configuration
public class AssessmentConfiguration {

    @Bean
    AssessmentModelPart assessmentModelPart() {
        return new AssessmentModelPart();
    }
}
