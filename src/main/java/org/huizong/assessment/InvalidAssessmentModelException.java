package org.huizong.assessment;

/** The assessment model cannot be used as written; the message names the file and the indicator. */
public final class InvalidAssessmentModelException extends RuntimeException {

    public InvalidAssessmentModelException(String source, String problem) {
        super("考核模型 " + source + "：" + problem);
    }

    public InvalidAssessmentModelException(String source, String problem, Throwable cause) {
        super("考核模型 " + source + "：" + problem, cause);
    }
}
