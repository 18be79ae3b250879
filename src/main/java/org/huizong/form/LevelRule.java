package org.huizong.form;

import java.util.List;

/** Items that only units of the given levels report; any other unit reporting them gets the rule's warning. */
public record LevelRule(String rule, List<String> items, List<String> levels) {

    public LevelRule {
        items = List.copyOf(items);
        levels = List.copyOf(levels);
    }
}
