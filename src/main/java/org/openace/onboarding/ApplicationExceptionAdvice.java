package org.openace.onboarding;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An application that changed status under the applicant's feet (submitted in another window, decided meanwhile):
 * a clear page with 409, never an error 500.
 */
@ControllerAdvice(basePackageClasses = ApplicationExceptionAdvice.class)
class ApplicationExceptionAdvice {

    @ExceptionHandler(ApplicationStateException.class)
    String stateChanged(ApplicationStateException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("status", e.status());
        return "account/application/not-editable";
    }
}
