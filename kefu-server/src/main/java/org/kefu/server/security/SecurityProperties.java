package org.kefu.server.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customer-facing security settings.
 *
 * @param tokenSecret the HMAC key signing visitor tokens; set your own in production (the default is public and
 *     logged as a warning)
 * @param tokenTtl how long a visitor token stays valid; the widget keeps its history while it does
 * @param allowedOrigins origins allowed to call the chat API and open the chat WebSocket from a browser
 *     (the widget is embedded on host sites); {@code *} allows any
 */
@ConfigurationProperties("kefu.security")
public record SecurityProperties(
        @DefaultValue(DEV_TOKEN_SECRET) String tokenSecret,
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("*") List<String> allowedOrigins) {

    /** The development default of {@link #tokenSecret()}. */
    public static final String DEV_TOKEN_SECRET = "kefu-dev-visitor-token-secret-change-me";

    public SecurityProperties {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (tokenSecret.length() < 16) {
            throw new IllegalArgumentException("kefu.security.token-secret must have at least 16 characters");
        }
    }
}
