package org.kefu.nlu.text;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.kefu.nlu.Token;

/**
 * Splits a run of Chinese ideographs into words with HanLP's Viterbi segmenter (core dictionary plus
 * HanLP's custom dictionary, Chinese person-name recognition on).
 *
 * <p>Viterbi is the fastest HanLP segmenter that still recognises names: a 20-character run takes a few
 * microseconds once warm. The portable HanLP jar has no perceptron or CRF model, and they would be slower.
 * Part-of-speech tagging stays off because nothing downstream uses it.
 */
final class ChineseSegmenter {
    private final Segment segment = new ViterbiSegment()
            .enableCustomDictionary(true)
            .enableNameRecognize(true)
            .enablePartOfSpeechTagging(false);

    /**
     * Loads HanLP's dictionaries now (about 0.3 s, once per JVM) rather than during the first customer's
     * message.
     */
    ChineseSegmenter() {
        segment.seg("我的订单还没到");
    }

    /**
     * Appends the words of {@code text[start, end)} to {@code out}, offsets relative to {@code text}.
     * Every char of the run ends up in exactly one token.
     */
    void segment(String text, int start, int end, List<Token> out) {
        List<Term> terms;
        try {
            terms = segment.seg(text.substring(start, end));
        } catch (RuntimeException e) {
            // HanLP is a third-party boundary; a message must still be understood if it ever trips on
            // odd input, so fall back to one token per character.
            perCharacter(text, start, end, out);
            return;
        }
        int sum = 0;
        for (Term t : terms) {
            sum += t.word.length();
        }
        if (sum != end - start) {
            perCharacter(text, start, end, out); // HanLP altered the text: offsets would be wrong
            return;
        }
        int pos = start;
        int boundary = start;
        for (Term t : terms) {
            boundary += t.word.length();
            int cut = boundary;
            if (cut < end && Character.isLowSurrogate(text.charAt(cut))) {
                cut++; // never split a supplementary ideograph (CJK extension B+) in two
            }
            if (cut > pos) {
                out.add(new Token(text.substring(pos, cut), pos, cut));
                pos = cut;
            }
        }
    }

    private static void perCharacter(String text, int start, int end, List<Token> out) {
        for (int i = start; i < end; ) {
            int next = i + Character.charCount(text.codePointAt(i));
            next = Math.min(next, end);
            out.add(new Token(text.substring(i, next), i, next));
            i = next;
        }
    }
}
