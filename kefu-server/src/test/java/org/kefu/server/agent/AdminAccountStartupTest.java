package org.kefu.server.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.kefu.server.KefuApplication;
import org.kefu.server.testbot.EchoBotConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

final class AdminAccountStartupTest {

    @Test
    void refusesToStartWithoutTheDemoProfileUntilAnAdminPasswordIsSet() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(KefuApplication.class, EchoBotConfiguration.class)
                .profiles("production-like")
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:kefu-no-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "server.port=0",
                        "kefu.bots.background-loading=false")
                .run()
                .close());

        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof MissingAdminPasswordException)) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(MissingAdminPasswordException.class);
        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("no admin account");
        assertThat(analysis.getAction()).contains("KEFU_ADMIN_PASSWORD", "kefu.admin.password", "demo");
    }
}
