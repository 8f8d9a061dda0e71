/**
 * The embeddable web chat widget ({@code /widget.js}, a static resource) and the two sample pages that embed it:
 * the demo shop at {@code /} and the demo bank at {@code /bank}.
 *
 * <p>Pages speak the language asked for with {@code ?lang=zh|en}, else the browser's {@code Accept-Language};
 * see {@link org.kefu.server.widget.PageLocaleResolver}.
 */
@NullMarked
package org.kefu.server.widget;

import org.jspecify.annotations.NullMarked;
