package org.huizong.unit;

import org.huizong.text.Messages;

/** The four levels of reporting units (contracts.md); each is named in the bundle as {@code unit.level.<NAME>}. */
public enum UnitLevel {
    CITY_DEPT,
    COUNTY_GOV,
    COUNTY_DEPT,
    TOWNSHIP;

    /** The level as people name it: 市直部门, 区县政府, 区县部门, 乡镇街道. */
    public String label() {
        return Messages.text("unit.level." + name());
    }
}
