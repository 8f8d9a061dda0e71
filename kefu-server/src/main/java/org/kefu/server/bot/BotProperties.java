package org.kefu.server.bot;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which bots the server loads and from where.
 *
 * @param ids the bot ids to load at startup
 * @param directory a directory holding one folder per bot id; when unset, bots load from the classpath
 *     folder {@code bots/<id>/}
 * @param backgroundLoading load (and train) bots on a background thread so the server starts at once; health
 *     stays OUT_OF_SERVICE until they are loaded. When false, startup waits for them.
 */
@ConfigurationProperties("kefu.bots")
public record BotProperties(
        @DefaultValue({"shop", "bank"}) List<String> ids,
        @Nullable String directory,
        @DefaultValue("true") boolean backgroundLoading) {

    public BotProperties {
        ids = List.copyOf(ids);
    }
}
