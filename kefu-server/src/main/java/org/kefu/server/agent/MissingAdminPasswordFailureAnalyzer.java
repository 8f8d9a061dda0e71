package org.kefu.server.agent;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator how to give Kefu its first admin account. Registered in {@code META-INF/spring.factories}. */
final class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(
                "Kefu has no admin account, and without the demo profile it does not create one with a known password.",
                "Set an initial admin password, e.g. the environment variable KEFU_ADMIN_PASSWORD=<secret> "
                        + "(property kefu.admin.password; the login name is kefu.admin.username, default 'admin'), "
                        + "or start with the demo profile (--spring.profiles.active=demo) to get the demo accounts.",
                cause);
    }
}
