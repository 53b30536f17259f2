package org.disan.batch.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The archivists' sign-in form; Spring Security checks what it posts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
