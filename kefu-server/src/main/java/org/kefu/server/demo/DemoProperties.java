package org.kefu.server.demo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the demo shop and bank systems.
 *
 * @param apiKey the secret callers must send in the {@value DemoApiKeyFilter#HEADER} header; the demo bots'
 *     connectors send it from their own configuration. Change it in any deployment reachable from outside.
 * @param fixedTime when set, the demo systems' clock stands still at this instant (for reproducible
 *     tests and screenshots: return windows and transaction dates depend on "today")
 */
@ConfigurationProperties("kefu.demo")
public record DemoProperties(@DefaultValue("kefu-demo-key") String apiKey, @Nullable Instant fixedTime) {
    public DemoProperties {
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("kefu.demo.api-key must not be blank");
        }
    }
}
