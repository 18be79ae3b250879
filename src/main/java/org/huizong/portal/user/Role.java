package org.huizong.portal.user;

import org.huizong.portal.PortalMessages;

/** What a portal user does; a bureau user is bound to one unit, a county coordinator to one county. */
public enum Role {
    BUREAU(PortalMessages.get("role.bureau"), "/bureau"),
    COUNTY(PortalMessages.get("role.county"), "/county"),
    OFFICE(PortalMessages.get("role.office"), "/office"),
    ASSESSOR(PortalMessages.get("role.assessor"), "/assessor");

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
