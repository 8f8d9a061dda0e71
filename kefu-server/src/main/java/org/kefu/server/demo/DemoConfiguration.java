package org.kefu.server.demo;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Wires the demo shop and bank systems when the {@code demo} profile is active. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

    @Bean
    ShopOrders demoShopOrders(DemoProperties properties, ObjectProvider<Clock> clock) {
        return new ShopOrders(ShopSampleData.orders(), demoClock(properties, clock));
    }

    @Bean
    ProductCatalogue demoProductCatalogue() {
        return new ProductCatalogue(ShopSampleData.products());
    }

    @Bean
    BankAccounts demoBankAccounts(DemoProperties properties, ObjectProvider<Clock> clock) {
        return new BankAccounts(java.util.List.of(BankSampleData.demoAccount(demoClock(properties, clock))));
    }

    @Bean
    FilterRegistrationBean<DemoApiKeyFilter> demoApiKeyFilter(DemoProperties properties) {
        FilterRegistrationBean<DemoApiKeyFilter> registration =
                new FilterRegistrationBean<>(new DemoApiKeyFilter(properties.apiKey()));
        registration.addUrlPatterns("/demo/*");
        return registration;
    }

    private static Clock demoClock(DemoProperties properties, ObjectProvider<Clock> clock) {
        if (properties.fixedTime() != null) {
            return Clock.fixed(properties.fixedTime(), ZoneId.of("Asia/Shanghai"));
        }
        return clock.getIfUnique(Clock::systemUTC);
    }
}
