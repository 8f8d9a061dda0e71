package org.kefu.server.testbot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The kefu-server application on a random port with a fresh in-memory H2 database and the {@link EchoBot}
 * serving {@code shop} and {@code bank}, loaded before the first request. Every test class using exactly this
 * annotation shares one Spring context, so the suite starts the server once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false",
    "kefu.admin.password=test-admin-password",
    "kefu.channel.conversation-rate.burst=100000",
    "kefu.channel.conversation-rate.per-minute=100000"
})
@ActiveProfiles("test")
@Import(EchoBotConfiguration.class)
public @interface KefuServerTest {}
