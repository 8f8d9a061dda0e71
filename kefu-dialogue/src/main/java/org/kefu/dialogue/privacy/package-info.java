/**
 * Keeping sensitive numbers out of replies and logs: {@link org.kefu.dialogue.privacy.Masking} masks
 * bank-card and ID-card numbers to their last four characters.
 */
@NullMarked
package org.kefu.dialogue.privacy;

import org.jspecify.annotations.NullMarked;
