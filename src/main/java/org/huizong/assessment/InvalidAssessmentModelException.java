package org.huizong.assessment;

import org.huizong.text.Messages;

/** The assessment model cannot be used as written; the message names the file and the indicator. */
public final class InvalidAssessmentModelException extends RuntimeException {

    public InvalidAssessmentModelException(String source, String problem) {
        super(Messages.text("assessment.model.invalid", source, problem));
    }

    public InvalidAssessmentModelException(String source, String problem, Throwable cause) {
        super(Messages.text("assessment.model.invalid", source, problem), cause);
    }
}
