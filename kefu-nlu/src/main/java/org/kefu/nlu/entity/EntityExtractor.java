package org.kefu.nlu.entity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.Entity;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * Finds the entities of a message: the bot's pattern entities (order numbers), mobile numbers, e-mail
 * addresses, ID-card and bank-card numbers (checksum-validated), amounts, dates and times (resolved
 * against the injected clock), dictionary entities with synonyms, and Chinese person and place names.
 *
 * <p>Immutable and thread-safe; build one per bot model with {@link #builder()} and share it.
 * {@link #extract(AnalyzedText)} never throws.
 *
 * <pre>{@code
 * EntityExtractor extractor = EntityExtractor.builder()
 *     .clock(clock).zone(ZoneId.of("Asia/Shanghai"))
 *     .dictionary(data.dictionary()).patterns(data.patterns())
 *     .build();
 * List<Entity> entities = extractor.extract(TextPipeline.standard().analyze(message));
 * }</pre>
 */
public final class EntityExtractor {
    private final List<Recognizer> recognizers;
    private final OverlapResolver resolver;

    private EntityExtractor(Clock clock, ZoneId zone, List<TrainingData.DictionaryEntry> dictionaryEntries,
            List<TrainingData.EntityPattern> patterns, boolean names) {
        List<Recognizer> list = new ArrayList<>();
        for (TrainingData.EntityPattern p : patterns) {
            list.add(new PatternRecognizer(p));
        }
        list.add(new PhoneRecognizer());
        list.add(new EmailRecognizer());
        list.add(new IdCardRecognizer());
        list.add(new BankCardRecognizer());
        list.add(new AmountRecognizer());
        list.add(new DateTimeRecognizer(clock, zone));
        DictionaryRecognizer dictionary = new DictionaryRecognizer(dictionaryEntries, TextPipeline.standard());
        if (!dictionary.isEmpty()) {
            list.add(dictionary);
        }
        if (names) {
            list.add(new NameRecognizer());
        }
        this.recognizers = List.copyOf(list);
        this.resolver = new OverlapResolver(patterns.stream().map(TrainingData.EntityPattern::type).toList());
    }

    /** A builder with the defaults: system clock, zone Asia/Shanghai, no dictionary, no patterns. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the entities in an analysed message.
     *
     * @param text a message analysed by the {@link TextPipeline}; entity spans refer to its normalised text
     * @return the entities, sorted by position, overlaps resolved; never null
     */
    public List<Entity> extract(AnalyzedText text) {
        requireNonNull(text, "text");
        if (text.normalized().isEmpty()) {
            return List.of();
        }
        List<Entity> candidates = new ArrayList<>();
        for (Recognizer r : recognizers) {
            r.recognize(text, candidates);
        }
        return resolver.resolve(candidates);
    }

    /** Configures an {@link EntityExtractor}; each setting may be given once. Not thread-safe. */
    public static final class Builder {
        private @Nullable Clock clock;
        private @Nullable ZoneId zone;
        private @Nullable List<TrainingData.DictionaryEntry> dictionary;
        private @Nullable List<TrainingData.EntityPattern> patterns;
        private boolean names = true;

        private Builder() {
        }

        /**
         * The clock that relative dates ("明天", "next Friday") are resolved against.
         *
         * @throws IllegalStateException if the clock was already set
         */
        public Builder clock(Clock clock) {
            requireState(this.clock == null, "clock was already set to %s", this.clock);
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The customer's time zone: decides what "today" is and the offset of resolved times.
         * Default {@code Asia/Shanghai}.
         *
         * @throws IllegalStateException if the zone was already set
         */
        public Builder zone(ZoneId zone) {
            requireState(this.zone == null, "zone was already set to %s", this.zone);
            this.zone = requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The bot's dictionary entities with their synonyms.
         *
         * @throws IllegalStateException if the dictionary was already set
         */
        public Builder dictionary(List<TrainingData.DictionaryEntry> dictionary) {
            requireState(this.dictionary == null, "dictionary was already set (%s entries)",
                    this.dictionary == null ? 0 : this.dictionary.size());
            this.dictionary = List.copyOf(dictionary);
            return this;
        }

        /**
         * The bot's pattern entities, such as its order-number format.
         *
         * @throws IllegalStateException if the patterns were already set
         */
        public Builder patterns(List<TrainingData.EntityPattern> patterns) {
            requireState(this.patterns == null, "patterns were already set to %s", this.patterns);
            this.patterns = List.copyOf(patterns);
            return this;
        }

        /**
         * Whether to recognise Chinese person and place names with HanLP (default true; costs about 5 µs
         * per message). Turn off for bots that never ask for names or places.
         */
        public Builder personAndPlaceNames(boolean enabled) {
            this.names = enabled;
            return this;
        }

        /**
         * Builds the extractor.
         *
         * @throws org.kefu.nlu.NluException if a pattern is not a valid regular expression
         */
        public EntityExtractor build() {
            return new EntityExtractor(
                    clock == null ? Clock.systemUTC() : clock,
                    zone == null ? ZoneId.of("Asia/Shanghai") : zone,
                    dictionary == null ? List.of() : dictionary,
                    patterns == null ? List.of() : patterns,
                    names);
        }

        private static void requireState(boolean expression, String template, @Nullable Object arg) {
            if (!expression) {
                throw new IllegalStateException(String.format(template, arg));
            }
        }
    }
}
