package org.openace.site.web;

import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone may read: the Privacy Act statement, support, accessibility. */
@Controller
@PublicEndpoint
class SitePagesController {

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }

    @GetMapping("/support")
    String support() {
        return "site/support";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }
}
