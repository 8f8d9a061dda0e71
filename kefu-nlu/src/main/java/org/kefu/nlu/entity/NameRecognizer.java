package org.kefu.nlu.entity;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises Chinese person names ({@code 王小明}) and place names ({@code 上海市}, {@code 天河区}) with
 * HanLP's role-tagging recognisers on each run of ideographs. The value is the name as written.
 *
 * <p>Cost: with part-of-speech tagging off, HanLP's Viterbi segmenter with name and place recognition
 * takes about 5 µs for a 15-character message once warm (measured: part-of-speech tagging would add
 * about 80 µs, and the natures we need are there without it).
 *
 * <p>HanLP's small portable model alone is not precise on chat text: on customer-service messages it
 * tags {@code 运险费}, {@code 那件} and {@code 卫衣} as person names and {@code 下单} as a place. Its
 * candidates therefore go through {@link NameFilter}; what is left is mostly right, but the dialogue should
 * still confirm a name before acting on it.
 */
final class NameRecognizer implements Recognizer {
    private final Segment segment = new ViterbiSegment()
            .enableCustomDictionary(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enablePartOfSpeechTagging(false);

    /** Loads HanLP's person and place models now rather than during the first customer's message. */
    NameRecognizer() {
        segment.seg("收件人王小明地址上海市");
    }

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isIdeographic(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isIdeographic(s.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                recognizeRun(s, start, i, out);
            }
        }
    }

    private void recognizeRun(String s, int start, int end, List<Entity> out) {
        List<Term> terms;
        try {
            terms = segment.seg(s.substring(start, end));
        } catch (RuntimeException e) {
            return; // a third-party failure must not cost the message its other entities; names are optional
        }
        int pos = start;
        for (Term t : terms) {
            int wordEnd = pos + t.word.length();
            if (wordEnd > end || !s.startsWith(t.word, pos)) {
                return; // HanLP changed the text: offsets can no longer be trusted
            }
            String type = typeOf(t);
            char before = pos == 0 ? ' ' : s.charAt(pos - 1);
            boolean plausible = Entity.PERSON.equals(type) ? NameFilter.isPlausiblePerson(t.word, end - start, before)
                    : Entity.PLACE.equals(type) && NameFilter.isPlausiblePlace(t.word);
            if (plausible) {
                out.add(new Entity(type, t.word, pos, wordEnd, t.word));
            }
            pos = wordEnd;
        }
    }

    private static @Nullable String typeOf(Term t) {
        if (t.nature == null) {
            return null;
        }
        String nature = t.nature.toString();
        if (nature.startsWith("nr")) {
            return Entity.PERSON;
        }
        return nature.startsWith("ns") ? Entity.PLACE : null;
    }
}
