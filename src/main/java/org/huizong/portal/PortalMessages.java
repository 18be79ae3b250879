package org.huizong.portal;

import org.huizong.text.Messages;

/** The portal's Chinese messages ({@code portal.*} of {@code messages.properties}); a missing key throws. */
public final class PortalMessages {

    private PortalMessages() {}

    /** The message of {@code portal.<key>} with its arguments, each shown as given. */
    public static String get(String key, Object... arguments) {
        return Messages.text("portal." + key, arguments);
    }
}
