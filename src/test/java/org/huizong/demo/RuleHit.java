package org.huizong.demo;

/** A rule reported at an item ("" for a file-level rule): what {@link PlanConsistencyCheck} compares. */
public record RuleHit(String rule, String item) {

    public static RuleHit of(PlantedMistake mistake) {
        return new RuleHit(mistake.rule(), mistake.item());
    }
}
