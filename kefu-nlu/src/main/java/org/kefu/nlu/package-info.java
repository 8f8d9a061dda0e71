/**
 * Kefu's understanding of customer text: {@link org.kefu.nlu.Understander} turns a message into an
 * {@link org.kefu.nlu.Understanding} (language, normalised text, tokens, entities, ranked intents, FAQ hits,
 * out-of-scope verdict). This module knows nothing of Spring, HTTP or SQL.
 */
@NullMarked
package org.kefu.nlu;

import org.jspecify.annotations.NullMarked;
