package org.huizong.badfiles;

/**
 * One file of the bad-file corpus: its name in the corpus folder, the one rule of rules.md it must be refused or
 * returned under, and what is wrong with it.
 */
public record BadFile(String name, String expectedRule, String why) {

    @Override
    public String toString() {
        return name;
    }
}
