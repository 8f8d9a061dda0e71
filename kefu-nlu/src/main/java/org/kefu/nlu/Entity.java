package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

/**
 * Something recognised in a message, with where it was found and its normalised value.
 *
 * <p>Built-in types are the constants below; dictionary entities use the type name from the bot
 * definition (e.g. {@code "product"}).
 *
 * @param type entity type, e.g. {@link #ORDER_NUMBER}
 * @param text the text as the customer wrote it (after normalisation)
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char in the normalised text
 * @param value the normalised value: digits only for numbers, ISO-8601 for dates and times, a plain
 *     decimal for amounts ({@code "1299.00"}), the canonical dictionary value for synonyms
 */
public record Entity(String type, String text, int start, int end, String value) {
    public static final String ORDER_NUMBER = "order_number";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ID_CARD = "id_card";
    public static final String BANK_CARD = "bank_card";
    public static final String AMOUNT = "amount";
    public static final String DATE_TIME = "datetime";
    public static final String PERSON = "person";
    public static final String PLACE = "place";

    public Entity {
        requireNonNull(type, "type");
        requireNonNull(text, "text");
        requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid entity span: [" + start + ", " + end + ")");
        }
    }
}
