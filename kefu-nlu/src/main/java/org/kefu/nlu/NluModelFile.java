package org.kefu.nlu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of {@link TrainingData} a model file keeps besides the trained classifier (FAQ questions,
 * dictionary and patterns), so that a loaded model rebuilds exactly the FAQ index and entity extractor it was
 * trained with.
 */
final class NluModelFile {

    static final int MAGIC = 0x4B464E4C; // "KFNL"
    static final int FORMAT_VERSION = 1;
    private static final int MAX_COUNT = 10_000_000;

    private NluModelFile() {}

    static void writeKnowledge(DataOutput out, TrainingData data) throws IOException {
        out.writeInt(data.faqs().size());
        for (TrainingData.FaqEntry faq : data.faqs()) {
            out.writeUTF(faq.id());
            writeStrings(out, faq.questions());
        }
        out.writeInt(data.dictionary().size());
        for (TrainingData.DictionaryEntry entry : data.dictionary()) {
            out.writeUTF(entry.type());
            out.writeUTF(entry.value());
            writeStrings(out, entry.synonyms());
        }
        out.writeInt(data.patterns().size());
        for (TrainingData.EntityPattern pattern : data.patterns()) {
            out.writeUTF(pattern.type());
            out.writeUTF(pattern.regex());
        }
    }

    /** Reads what {@link #writeKnowledge} wrote, as training data without intent examples. */
    static TrainingData readKnowledge(DataInput in) throws IOException {
        int faqCount = count(in, "FAQ count");
        List<TrainingData.FaqEntry> faqs = new ArrayList<>(faqCount);
        for (int i = 0; i < faqCount; i++) {
            faqs.add(new TrainingData.FaqEntry(in.readUTF(), readStrings(in)));
        }
        int dictionaryCount = count(in, "dictionary size");
        List<TrainingData.DictionaryEntry> dictionary = new ArrayList<>(dictionaryCount);
        for (int i = 0; i < dictionaryCount; i++) {
            dictionary.add(new TrainingData.DictionaryEntry(in.readUTF(), in.readUTF(), readStrings(in)));
        }
        int patternCount = count(in, "pattern count");
        List<TrainingData.EntityPattern> patterns = new ArrayList<>(patternCount);
        for (int i = 0; i < patternCount; i++) {
            patterns.add(new TrainingData.EntityPattern(in.readUTF(), in.readUTF()));
        }
        return new TrainingData(List.of(), faqs, dictionary, patterns);
    }

    private static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int n = count(in, "string list size");
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static int count(DataInput in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new NluException("corrupt model file: " + what + " is " + n);
        }
        return n;
    }
}
