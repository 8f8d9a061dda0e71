/**
 * Entity extraction: {@link org.kefu.nlu.entity.EntityExtractor} finds order numbers, phone numbers,
 * e-mail addresses, ID-card and bank-card numbers, amounts, dates and times, dictionary entities and
 * Chinese person and place names in an {@link org.kefu.nlu.text.AnalyzedText}.
 *
 * <p>Each kind of entity has its own small {@code Recognizer} working on the normalised text (lower case,
 * half-width digits, simplified Chinese), so the patterns need not care about {@code １２３} or {@code 訂單}.
 * Candidates from all recognisers then go through {@code OverlapResolver}: the longest span wins, equal
 * spans are decided by specificity, and a span that two recognisers read differently with equal right
 * (an 11-digit number that is both the bot's order-number format and a mobile number) yields both
 * entities, so the dialogue can take whichever its current slot needs.
 *
 * <p>Values ({@link org.kefu.nlu.Entity#value()}):
 * <ul>
 *   <li>{@code phone}: the 11 digits, without {@code +86}, spaces or dashes; {@code bank_card}: the digits;
 *       {@code id_card}: the 18 characters with an upper-case {@code X}; {@code email}: the address.
 *   <li>bot patterns such as {@code order_number}: the match without spaces and dashes, upper-cased.
 *   <li>{@code amount}: a plain decimal with two places, {@code "1299.00"}, without currency.
 *   <li>{@code datetime}: ISO-8601, {@code "2026-11-27"} for a date, {@code "2026-11-25T15:00+08:00"} when a
 *       time of day was given, resolved against the extractor's clock and zone.
 *   <li>dictionary types: the entry's canonical value; {@code person}, {@code place}: the name as written.
 * </ul>
 */
@NullMarked
package org.kefu.nlu.entity;

import org.jspecify.annotations.NullMarked;
