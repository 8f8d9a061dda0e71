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
 */
@NullMarked
package org.kefu.nlu.entity;

import org.jspecify.annotations.NullMarked;
