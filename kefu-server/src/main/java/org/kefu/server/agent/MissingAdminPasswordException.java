package org.kefu.server.agent;

/** Thrown on start when no admin account exists and none can be created because no password is configured. */
final class MissingAdminPasswordException extends IllegalStateException {
    MissingAdminPasswordException() {
        super("no admin account exists and kefu.admin.password is not set");
    }
}
