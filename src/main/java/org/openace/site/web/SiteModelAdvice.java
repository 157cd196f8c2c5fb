package org.openace.site.web;

import java.util.List;

import org.openace.site.SiteProperties;
import org.openace.site.notice.SiteNotice;
import org.openace.site.notice.SiteNotices;
import org.openace.site.terms.TermsOfUse;
import org.openace.site.terms.TermsVersion;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout and the sign-in page show on every page: operator, help lines, notices, current terms. */
@ControllerAdvice
class SiteModelAdvice {

    /** The site facts a page template reads. */
    record SiteView(String operatorName, boolean governmentBanner, boolean demo, String tradeSupportPhone,
                    String governmentSupportPhone, String supportEmail, String supportHours) {
    }

    private final SiteView view;
    private final SiteNotices notices;
    private final TermsOfUse terms;

    SiteModelAdvice(SiteProperties properties, Environment environment, SiteNotices notices, TermsOfUse terms) {
        this.view = new SiteView(properties.operatorName(), properties.governmentBanner(),
                environment.acceptsProfiles(Profiles.of("demo")), properties.tradeSupportPhone(),
                properties.governmentSupportPhone(), properties.supportEmail(), properties.supportHours());
        this.notices = notices;
        this.terms = terms;
    }

    @ModelAttribute("site")
    SiteView site() {
        return view;
    }

    @ModelAttribute("siteNotices")
    List<SiteNotice> siteNotices() {
        return notices.showingNow();
    }

    @ModelAttribute("currentTermsVersion")
    TermsVersion currentTerms() {
        return terms.current();
    }
}
