package org.huizong.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;

/** A controller of the portal: present only when Huizong runs as a web application ({@code serve}), never in a job. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public @interface PortalController {

    /** The header the bureau page's script sends with an upload, to be answered in JSON (a location, or a reason). */
    String SCRIPT_UPLOAD_HEADER = "X-Huizong-Upload";
}
