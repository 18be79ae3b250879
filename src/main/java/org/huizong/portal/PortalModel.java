package org.huizong.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.huizong.portal.user.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.json.JsonWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every page shows (who is logged in, as what; error pages too), and the answer to an upload too large to be received. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
final class PortalModel {

    @ModelAttribute("me")
    PortalUser me(@AuthenticationPrincipal PortalUser user) {
        return user;
    }

    /** A form's upload goes back to the bureau's page with the reason; the page's script gets the reason in JSON. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        String reason = PortalMessages.get("error.reason.413");
        if (request.getHeader(PortalController.SCRIPT_UPLOAD_HEADER) != null) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonWriter.standard().writeToString(Map.of("reason", reason)));
            return null;
        }
        redirect.addFlashAttribute("error", reason);
        return new ModelAndView("redirect:/bureau");
    }
}
