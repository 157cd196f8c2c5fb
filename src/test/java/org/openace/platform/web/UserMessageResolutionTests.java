package org.openace.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class UserMessageResolutionTests {

    private final StaticMessageSource bundle = new StaticMessageSource();
    private final UserMessageResolution resolution = new UserMessageResolution(bundle);

    UserMessageResolutionTests() {
        bundle.addMessage("thing.saved", Locale.ENGLISH, "The thing {0} was saved.");
    }

    private ModelAndView rendered(String notice, Object value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.ENGLISH);
        ModelAndView page = new ModelAndView("page");
        page.addObject(notice, value);
        page.addObject("other", UserMessage.of("thing.saved", "left"));
        resolution.postHandle(request, new MockHttpServletResponse(), new Object(), page);
        return page;
    }

    @Test
    void aNoticeNamedByKeyIsRenderedAsItsTextWithItsArguments() {
        for (String notice : new String[] {"success", "info", "error"}) {
            assertThat(rendered(notice, UserMessage.of("thing.saved", "T-1")).getModel().get(notice))
                    .isEqualTo("The thing T-1 was saved.");
        }
    }

    @Test
    void otherModelValuesAndPlainTextsAreLeftAlone() {
        ModelAndView page = rendered("success", "Already a text.");

        assertThat(page.getModel().get("success")).isEqualTo("Already a text.");
        assertThat(page.getModel().get("other")).isNotInstanceOf(String.class);
    }
}
