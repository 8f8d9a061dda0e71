package org.kefu.nlu.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.kefu.nlu.Language;
import org.kefu.nlu.Token;

/**
 * The text pipeline shared by training and inference: normalises a raw message with a chain of
 * {@link TextFilter}s, detects its language and splits it into tokens.
 *
 * <p>Instances are immutable and thread-safe. {@link #standard()} returns one shared instance; obtain it
 * once or on every call, it costs nothing. {@link #analyze(String)} never throws for any non-null string
 * (empty, whitespace, binary garbage, lone surrogates, emoji, 10,000 chars).
 *
 * <p>Input longer than {@link #MAX_CHARS} chars is cut to its first {@code MAX_CHARS} chars before
 * anything else, and once more after normalisation (NFKC can lengthen text). A chat message is short and
 * states its point early; analysing a pasted document in full would cost several milliseconds of a
 * 5 ms budget and add nothing to the intent.
 */
public final class TextPipeline {
    /** The most chars of a message that are analysed; the rest is ignored. */
    public static final int MAX_CHARS = 2_000;

    private static final TextPipeline STANDARD = new TextPipeline(List.of(
            new TruncateFilter(MAX_CHARS),
            new ControlCharFilter(),
            new NfkcFilter(),
            new TraditionalToSimplifiedFilter(),
            // after the conversion: HanLP's dictionary maps 「」 to curly quotes
            new FullWidthFilter(),
            new CaseFoldFilter(),
            // lower-casing can leave a letter and a combining mark that NFKC composes (J̌ -> ǰ)
            new NfkcFilter(),
            // NFKC and the conversion may lengthen text; cut before trimming so no space is left at the end
            new TruncateFilter(MAX_CHARS),
            new WhitespaceFilter()));

    private final List<TextFilter> filters;
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final Segmenter segmenter = new Segmenter();

    private TextPipeline(List<TextFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** Builds a pipeline from the given filters, applied in order. For tests and special channels. */
    static TextPipeline of(TextFilter... filters) {
        return new TextPipeline(List.of(filters));
    }

    /**
     * The standard pipeline: truncate, strip control chars, NFKC, traditional to simplified, full-width to
     * half-width, lower case, NFKC again, truncate again, collapse whitespace. Normalising normalised text
     * changes nothing, so training data and messages can be normalised at any stage.
     *
     * @return the shared instance
     */
    public static TextPipeline standard() {
        return STANDARD;
    }

    /**
     * Normalises a message without segmenting it, e.g. for dictionary synonyms and patterns.
     *
     * @param raw the message
     * @return the normalised text, never null
     */
    public String normalize(String raw) {
        requireNonNull(raw, "raw");
        String text = raw;
        for (TextFilter f : filters) {
            text = f.apply(text);
        }
        return text;
    }

    /**
     * Normalises, detects the language of and segments a message.
     *
     * @param raw the message, possibly empty
     * @return the analysed text, never null
     */
    public AnalyzedText analyze(String raw) {
        String normalized = normalize(raw);
        Language language = languageDetector.detect(normalized);
        List<Token> tokens = segmenter.segment(normalized);
        return new AnalyzedText(raw, normalized, language, tokens);
    }
}
