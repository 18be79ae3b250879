package org.huizong.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A request that comes with a session the server no longer has (expired, or the portal restarted) goes to the login page
 * saying so ({@code /login?expired}), page or form alike: a form's CSRF token lived in that session, and its refusal is
 * not a lack of rights. Without a session, a page goes to the login page; any other refusal is 403.
 */
final class SessionEnd implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String EXPIRED = "/login?expired";

    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect(request.getContextPath() + (expired(request) ? EXPIRED : "/login"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, jakarta.servlet.ServletException {
        if (exception instanceof CsrfException && expired(request)) {
            response.sendRedirect(request.getContextPath() + EXPIRED);
            return;
        }
        denied.handle(request, response, exception);
    }

    private static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
