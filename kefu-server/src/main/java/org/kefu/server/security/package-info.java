/**
 * Who the customer is. {@link org.kefu.server.security.VisitorTokens} issues and checks the stateless,
 * HMAC-signed visitor tokens that every call on a conversation carries ({@code Authorization: Bearer …} or the
 * WebSocket {@code hello}); {@link org.kefu.server.security.HostIdentityVerifier} checks the customer identity a
 * host site signs with {@code kefu.identity.secret}. The main security filter chain (lowest precedence, every
 * path other chains do not claim) authenticates visitor tokens, permits public pages and answers 401 with a
 * JSON error body.
 */
@NullMarked
package org.kefu.server.security;

import org.jspecify.annotations.NullMarked;
