package org.huizong.assessment;

/**
 * Who is ranked together: the units of one level ({@code CITY_DEPT}: 市直部门), or the counties ({@code COUNTY}: 区县,
 * each on its consolidated values and the facts of all its units).
 */
record Group(String name, String members) {

    static final String COUNTIES = "COUNTY";

    boolean ofCounties() {
        return COUNTIES.equals(members);
    }
}
