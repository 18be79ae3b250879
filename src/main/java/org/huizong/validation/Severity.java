package org.huizong.validation;

import org.huizong.text.Messages;

/** How bad a finding is (rules.md), from worst to mildest. */
public enum Severity {
    /** The file cannot be taken at all; nothing of it is stored as data. */
    REJECT,
    /** Stored, but the submission is returned (退回) and left out of consolidation. */
    ERROR,
    /** Accepted; the bureau may justify it. */
    WARNING,
    /** Accepted; a note on how a value was normalised. */
    INFO;

    /** How the severity reads on reports, feedback workbooks and the portal's pages: the bundle's {@code severity.<NAME>}. */
    public String label() {
        return Messages.text("severity." + name());
    }
}
