package org.huizong.demo;

import java.util.Objects;

/**
 * A finding a correct validator must report for a submission.
 *
 * @param rule        rule id of rules.md, e.g. "T3-COL", "V01", "F05"
 * @param item        item code where the finding is reported (e.g. "T3.R03.C7", "T3.R04" for a row), "" for file level
 * @param description what was done to the file, in English
 */
public record PlantedMistake(String rule, String item, String description) {

    public PlantedMistake {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(description, "description");
    }
}
