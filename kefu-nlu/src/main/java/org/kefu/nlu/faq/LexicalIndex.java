package org.kefu.nlu.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * An in-memory Lucene index with one document per FAQ question or paraphrase, searched with BM25 over
 * {@link FaqTerms#WORDS} and {@link FaqTerms#BIGRAMS}. Immutable once built; searches are thread-safe.
 */
final class LexicalIndex {
    private static final String ORDINAL = "ord";

    private final IndexSearcher searcher;
    private final int[] ordinalOfDoc;
    private final int size;

    private LexicalIndex(IndexSearcher searcher, int[] ordinalOfDoc) {
        this.searcher = searcher;
        this.ordinalOfDoc = ordinalOfDoc;
        this.size = ordinalOfDoc.length;
    }

    /** A hit: the paraphrase ordinal (its position in the list the index was built from) and its BM25 score. */
    record Hit(int ordinal, float score) {}

    /** Indexes the questions; the i-th question gets ordinal i. */
    static LexicalIndex build(List<String> questions, TextPipeline pipeline) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new FaqAnalyzer(pipeline))
                .setSimilarity(new BM25Similarity())
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < questions.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(FaqTerms.WORDS, questions.get(i), Field.Store.NO));
                doc.add(new TextField(FaqTerms.BIGRAMS, questions.get(i), Field.Store.NO));
                doc.add(new NumericDocValuesField(ORDINAL, i));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to write", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null); // every message is a new query; caching only adds locking
            return new LexicalIndex(searcher, ordinals(reader, questions.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to open", e);
        }
    }

    // Doc ids need not follow insertion order once segments merge, so map them through doc values.
    private static int[] ordinals(DirectoryReader reader, int count) throws IOException {
        int[] ordinals = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                ordinals[leaf.docBase + doc] = values != null && values.advanceExact(doc) ? (int) values.longValue() : -1;
            }
        }
        if (ordinals.length != count) {
            throw new IllegalStateException("indexed " + ordinals.length + " questions, expected " + count);
        }
        return ordinals;
    }

    /**
     * The best-scoring questions for the text, best first.
     *
     * @param n how many hits at most
     */
    Hit[] search(AnalyzedText text, int n) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String w : FaqTerms.words(text)) {
            query.add(new TermQuery(new Term(FaqTerms.WORDS, w)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String b : FaqTerms.bigrams(text.normalized())) {
            query.add(new TermQuery(new Term(FaqTerms.BIGRAMS, b)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0 || n <= 0) {
            return new Hit[0];
        }
        try {
            TopDocs top = searcher.search(query.build(), n);
            Hit[] hits = new Hit[top.scoreDocs.length];
            for (int i = 0; i < hits.length; i++) {
                ScoreDoc d = top.scoreDocs[i];
                hits[i] = new Hit(ordinalOfDoc[d.doc], d.score);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to read", e);
        }
    }

    /**
     * BM25's inverse document frequency of a prefixed term ({@code "w:运费"}, see {@link FaqTerms#all}); a term
     * in no question gets the highest value, so unknown words lower a query's coverage.
     */
    double idf(String prefixedTerm) {
        int colon = prefixedTerm.indexOf(':');
        try {
            int df = searcher.getIndexReader().docFreq(
                    new Term(prefixedTerm.substring(0, colon), prefixedTerm.substring(colon + 1)));
            return Math.log(1 + (size - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index cannot fail to read", e);
        }
    }
}
