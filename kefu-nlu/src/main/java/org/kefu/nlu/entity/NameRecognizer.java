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
 * about 80 µs, and the natures we need are there without it). Precision is what HanLP's small portable
 * model gives: good for full names and administrative places, with some false positives on fragments
 * such as {@code 员李} in {@code 快递员李师傅}; the dialogue should confirm names before acting on them.
 * A two-character person name that is a whole run of ideographs on its own is dropped: with no context
 * the role tagger reads {@code 单号} in {@code 单号SF123} as surname 单 plus given name 号.
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
            boolean loneShortName = Entity.PERSON.equals(type) && t.word.length() == 2 && end - start == 2;
            if (type != null && t.word.length() >= 2 && !loneShortName) {
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
