package org.kefu.server.handoff;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import org.kefu.server.testbot.EchoBotConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The server with the echo bot and a {@link MutableClock} every bean reads the time from; the periodic sweep
 * is effectively off so tests call {@link HandoffService#sweep()} themselves. Team {@code hours-team} works
 * 09:00–21:00 Beijing time; every other team around the clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // -Dkefu.test.handoff-db=jdbc:postgresql://127.0.0.1:5432/<empty database> runs the same tests on PostgreSQL
    "spring.datasource.url=${kefu.test.handoff-db:jdbc:h2:mem:kefu-handoff-${random.uuid};MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
    "kefu.bots.background-loading=false",
    "kefu.admin.password=test-admin-password",
    "kefu.handoff.sweep-interval=1h",
    "kefu.handoff.queue-timeout=5m",
    "kefu.handoff.service-hours.hours-team.every-day=09:00-21:00",
    "kefu.handoff.service-hours.hours-team.zone=Asia/Shanghai"
})
@ActiveProfiles("test")
@Import({EchoBotConfiguration.class, HandoffServerTest.ClockConfiguration.class})
@interface HandoffServerTest {

    /** Replaces the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    class ClockConfiguration {
        @Bean
        @Primary
        MutableClock mutableClock() {
            // a Tuesday, 10:00 in Beijing: inside every team's hours
            return new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
        }
    }
}
