package org.kefu.server.agent;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator account, created on start when no admin exists yet.
 *
 * @param username the admin's login name
 * @param password the admin's initial password; required outside the demo profile until an admin exists
 */
@ConfigurationProperties("kefu.admin")
public record AccountProperties(@DefaultValue("admin") String username, @Nullable String password) {}
