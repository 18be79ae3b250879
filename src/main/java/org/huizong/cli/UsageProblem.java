package org.huizong.cli;

/** Something the operator must change in the command (exit status 2); the message says what. */
final class UsageProblem extends RuntimeException {

    UsageProblem(String message) {
        super(message);
    }
}
