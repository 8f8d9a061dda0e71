package org.kefu.server.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The server with the real demo shop bot (only the shop, to keep startup short), the demo accounts
 * ({@code admin}/{@code admin123}), a fresh in-memory H2 database and 3-fold evaluations. Test classes using
 * exactly this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-admin-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false",
    "kefu.bots.ids=shop",
    "kefu.training.folds=3",
    "kefu.channel.conversation-rate.burst=100000",
    "kefu.channel.conversation-rate.per-minute=100000",
    "kefu.channel.message-rate.burst=100000",
    "kefu.channel.message-rate.per-minute=100000"
})
@ActiveProfiles("demo")
public @interface AdminServerTest {}
