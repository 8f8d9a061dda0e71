package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rich message element: an order, a product, a transaction list entry.
 *
 * @param title first line
 * @param subtitle further lines, may be empty
 * @param imageUrl optional picture
 * @param url optional link
 * @param buttons optional buttons
 */
public record Card(String title, String subtitle, @Nullable String imageUrl, @Nullable String url, List<QuickReply> buttons) {
    public Card {
        requireNonNull(title, "title");
        requireNonNull(subtitle, "subtitle");
        buttons = List.copyOf(buttons);
    }
}
