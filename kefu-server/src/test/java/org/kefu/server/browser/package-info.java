/**
 * Test support for driving real headless Chromium sessions against a running Kefu server.
 *
 * <p>{@link org.kefu.server.browser.HeadlessChromium} starts one independent browser (its own profile, so its own
 * localStorage and cookies); start several to play a customer and an agent at once.
 * {@link org.kefu.server.browser.ChatWidgetPage} drives the embedded chat widget inside its Shadow DOM.
 */
@NullMarked
package org.kefu.server.browser;

import org.jspecify.annotations.NullMarked;
