package org.kefu.server.agent;

import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in after the first start. With the {@code demo} profile it creates the demo
 * teams and accounts (documented in the README); otherwise it creates the admin from {@code kefu.admin.*},
 * and refuses to start when there is no admin and no password to create one with.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AgentDirectory directory;
    private final AccountProperties properties;
    private final Environment environment;

    AccountBootstrap(AgentDirectory directory, AccountProperties properties, Environment environment) {
        this.directory = directory;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        // matchesProfiles also sees the default profile: demo is on by default (spring.profiles.default)
        if (environment.matchesProfiles("demo")) {
            seedDemo();
        }
        if (!directory.anyWithRole(AgentRole.ADMIN)) {
            String password = properties.password();
            if (password == null || password.isBlank()) {
                throw new MissingAdminPasswordException();
            }
            directory.create(properties.username(), "Admin", AgentRole.ADMIN, 5, Set.of(), password);
            log.info("Created the admin account '{}'", properties.username());
        }
    }

    private void seedDemo() {
        // the skills are the teams the demo bots hand off to (bots/*/bot.yml, handoff.defaultTeam and handoff.teams)
        team("shop", "商城客服", "Shop service",
                Set.of("shop-service", "shop-complaints", "shop-orders", "shop-general"));
        team("bank", "银行客服", "Bank service",
                Set.of("bank-service", "bank-fraud", "bank-security", "bank-complaints", "bank-cards", "bank-general"));
        account("admin", "Admin", AgentRole.ADMIN, Set.of("shop", "bank"), "admin123");
        account("supervisor", "Supervisor", AgentRole.SUPERVISOR, Set.of("shop", "bank"), "super123");
        account("agent.shop", "小王", AgentRole.AGENT, Set.of("shop"), "agent123");
        account("agent.bank", "小李", AgentRole.AGENT, Set.of("bank"), "agent123");
    }

    private void team(String id, String nameZh, String nameEn, Set<String> skills) {
        if (directory.team(id).isEmpty()) {
            directory.createTeam(id, nameZh, nameEn, Set.of());
        }
        directory.addSkills(id, skills);
    }

    private void account(String username, String name, AgentRole role, Set<String> teams, String password) {
        if (directory.byUsername(username).isEmpty()) {
            directory.create(username, name, role, 3, teams, password);
            log.info("Created demo account '{}' ({})", username, role);
        }
    }
}
