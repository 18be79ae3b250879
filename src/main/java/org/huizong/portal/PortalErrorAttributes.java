package org.huizong.portal;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every error page and JSON error says: a Chinese title and a reason a person can act on. The reason is the
 * portal's own (the Chinese text of a {@link ResponseStatusException} it threw) or the status's general one; an
 * exception's own text, a class name or a framework's English message never reaches a page.
 */
public final class PortalErrorAttributes extends DefaultErrorAttributes {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 422, 500);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        attributes.remove("error");
        attributes.put("title", PortalMessages.get("error.title." + known(status)));
        attributes.put("reason", reason(status, getError(request)));
        return attributes;
    }

    static String reason(int status, Throwable error) {
        if (error instanceof ResponseStatusException thrown && isChinese(thrown.getReason())) {
            return thrown.getReason();
        }
        return PortalMessages.get("error.reason." + known(status));
    }

    private static String known(int status) {
        return EXPLAINED.contains(status) ? String.valueOf(status) : status >= 500 ? "500" : "other";
    }

    /** The portal's own reasons are Chinese; a framework's are not, and are not shown. */
    private static boolean isChinese(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
