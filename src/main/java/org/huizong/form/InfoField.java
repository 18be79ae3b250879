package org.huizong.form;

/** A field of sheet 基本信息: a label cell followed by its value in the cell to its right. */
public record InfoField(String key, String label) {

    public static final String UNIT_NAME = "unit_name";
    public static final String USCC = "uscc";
    public static final String COUNTY = "county";
    public static final String PERIOD = "period";
    public static final String FILLER = "filler";
    public static final String PHONE = "phone";
    public static final String TEMPLATE = "template";
}
