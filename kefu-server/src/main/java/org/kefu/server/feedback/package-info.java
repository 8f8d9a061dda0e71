/**
 * What customers think: the 1–5 star survey after a conversation with an agent, and helpful / not helpful
 * on single bot answers. Stored for analytics and the admin inbox.
 */
@org.jspecify.annotations.NullMarked
package org.kefu.server.feedback;
