package org.huizong.portal.user;

/** What a portal user does; a bureau user is bound to one unit, a county coordinator to one county. */
public enum Role {
    BUREAU("填报单位", "/bureau"),
    COUNTY("区县协调员", "/county"),
    OFFICE("市政务公开办", "/office"),
    ASSESSOR("考核人员", "/assessor");

    private final String label;
    private final String home;

    Role(String label, String home) {
        this.label = label;
        this.home = home;
    }

    public String label() {
        return label;
    }

    /** The first page the role sees after logging in. */
    public String home() {
        return home;
    }

    /** Whether a user of this role is bound to a unit (USCC) or a county (code). */
    public boolean isScoped() {
        return this == BUREAU || this == COUNTY;
    }
}
