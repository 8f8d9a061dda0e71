package org.kefu.server.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

final class PageLocaleResolverTest {

    private final PageLocaleResolver resolver = new PageLocaleResolver();

    @Test
    void langParameterWinsOverTheBrowserLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "zh-CN,zh;q=0.9");
        request.setParameter("lang", "en");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void acceptLanguageChoosesEnglishWhenTheBrowserPrefersIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void fallsBackToSimplifiedChineseForLanguagesWeDoNotShip() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "fr-FR");
        request.setParameter("lang", "de");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void understandsRegionalAndUnderscoreSpellingsOfLang() {
        assertThat(PageLocaleResolver.supported("zh_TW")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PageLocaleResolver.supported("EN-us")).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocaleResolver.supported(" ")).isNull();
    }

    @Test
    void refusesToRememberALanguage() {
        assertThatThrownBy(() -> resolver.setLocale(new MockHttpServletRequest(), null, Locale.ENGLISH))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("?lang=");
    }

    @Test
    void widgetLocaleIsZhCnUnlessThePageIsEnglish() {
        assertThat(SamplePageController.widgetLocale(Locale.ENGLISH)).isEqualTo("en");
        assertThat(SamplePageController.widgetLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN");
    }
}
