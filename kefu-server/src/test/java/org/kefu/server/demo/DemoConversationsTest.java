package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kefu.dialogue.testing.ConversationResult;
import org.kefu.dialogue.testing.ConversationScript;
import org.kefu.dialogue.testing.ConversationScriptParser;
import org.kefu.dialogue.testing.ConversationTestRunner;
import org.kefu.server.security.HostIdentityVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plays every demo-bot test conversation ({@code conversations/shop/*.conv}, {@code conversations/bank/*.conv})
 * through the chat REST API of the real server with the real demo bots, whose connectors reach the demo shop
 * and bank systems of the same server over HTTP. Each script starts with fresh sample data and at its
 * {@code @time} (default: a Tuesday 10:00 Beijing time, within both bots' service hours).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kefu-demo-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "kefu.bots.background-loading=false",
    "kefu.admin.password=test-admin-password",
    "kefu.channel.conversation-rate.burst=100000",
    "kefu.channel.conversation-rate.per-minute=100000",
    "kefu.channel.message-rate.burst=100000",
    "kefu.channel.message-rate.per-minute=100000"
})
@Import(DemoConversationsTest.Time.class)
final class DemoConversationsTest {
    static final Instant DEFAULT_TIME = Instant.parse("2026-11-24T02:00:00Z");
    // The bots read the demo base URL when they load, before a random port would be known: pick the port first.
    private static final int PORT = freePort();

    @Autowired
    SettableClock clock;

    @Autowired
    HostIdentityVerifier identities;

    @Autowired
    ShopOrders orders;

    @Autowired
    BankAccounts accounts;

    @DynamicPropertySource
    static void serverPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("kefu.demo.base-url", () -> "http://127.0.0.1:" + PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(DEFAULT_TIME);
        }
    }

    @TestFactory
    Stream<DynamicTest> shopConversations() {
        return conversations("shop");
    }

    @TestFactory
    Stream<DynamicTest> bankConversations() {
        return conversations("bank");
    }

    private Stream<DynamicTest> conversations(String bot) {
        RestConversationDriver driver = new RestConversationDriver("http://127.0.0.1:" + PORT, bot,
                phone -> identities.sign("host-customer-" + phone, phone, null));
        List<ConversationScript> scripts = scripts(bot);
        assertThat(scripts).as("conversations of " + bot).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.file() + " › " + script.title(), () -> {
            orders.reset();
            accounts.reset();
            clock.set(script.options().at() != null ? script.options().at() : DEFAULT_TIME);
            ConversationResult result = ConversationTestRunner.run(script, driver);
            assertThat(result.passed()).as(result.describe()).isTrue();
        }));
    }

    private static List<ConversationScript> scripts(String bot) {
        try {
            List<ConversationScript> scripts = new ArrayList<>();
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:conversations/" + bot + "/*.conv");
            for (Resource file : files) {
                String text = file.getContentAsString(StandardCharsets.UTF_8);
                scripts.addAll(ConversationScriptParser.parse(bot + "/" + file.getFilename(), text));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
