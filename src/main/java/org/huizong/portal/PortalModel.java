package org.huizong.portal;

import org.huizong.portal.user.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every page shows (who is logged in, as what; error pages too), and the answer to an upload too large to be received. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
final class PortalModel {

    @ModelAttribute("me")
    PortalUser me(@AuthenticationPrincipal PortalUser user) {
        return user;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "文件太大，未能接收。请删去多余的工作表或图片后再上传。");
        return "redirect:/bureau";
    }
}
