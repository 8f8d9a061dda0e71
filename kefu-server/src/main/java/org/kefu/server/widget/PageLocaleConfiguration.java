package org.kefu.server.widget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link PageLocaleResolver} as the application's locale resolver, so every Thymeleaf page
 * (sample pages, agent workspace, admin console) honours {@code ?lang=} and {@code Accept-Language} alike.
 */
@Configuration(proxyBeanMethods = false)
class PageLocaleConfiguration {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }
}
