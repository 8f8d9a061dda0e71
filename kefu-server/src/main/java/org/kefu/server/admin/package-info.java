/**
 * The admin console at {@code /admin}: the overview of the bots, the pages of the knowledge base, training and
 * inbox (whose controllers live in {@code knowledge} and {@code training}) and the audit log. Only admins reach
 * it (see {@code org.kefu.server.agent}); every change made through it is written to the
 * {@link org.kefu.server.admin.AuditLog} with who, when, what and the state before and after.
 */
@NullMarked
package org.kefu.server.admin;

import org.jspecify.annotations.NullMarked;
