package org.huizong.unit;

/** The four levels of reporting units (contracts.md). */
public enum UnitLevel {
    CITY_DEPT("市直部门"),
    COUNTY_GOV("区县政府"),
    COUNTY_DEPT("区县部门"),
    TOWNSHIP("乡镇街道");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
