package org.kefu.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.TrainingData;
import org.kefu.nlu.embed.BgeEmbedders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@link NluModel#understand} for a small bilingual bot, embedding cache off, cycling through
 * messages the bot was not trained on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class UnderstandBenchmark {

    private static final String[][] INTENTS = {
        {"refund", "我要退货", "怎么申请退款", "这个不想要了能退吗", "I want a refund", "how do I return this"},
        {"track", "我的快递到哪了", "订单什么时候发货", "查一下物流", "where is my parcel", "track my order"},
        {"human", "转人工", "我要找客服", "人工服务", "talk to a human", "connect me to an agent"},
        {"invoice", "怎么开发票", "发票什么时候给我", "能开专票吗", "I need an invoice", "send me the receipt"},
        {"address", "我要改地址", "收货地址写错了", "地址能修改吗", "change my address", "wrong shipping address"},
    };

    private static final String[] MESSAGES = {
        "我买的iPhone 15订单DD20240101什么时候到", "退款怎么还没到账", "can I still change the delivery address",
        "你们客服电话多少", "the parcel arrived damaged, I want my money back", "发票抬头开错了怎么办",
        "明天下午三点前能送到吗", "hello? anyone there", "我要投诉", "where do I find my invoice"};

    private NluModel model;
    private int next;

    @Setup(Level.Trial)
    public void train() {
        List<TrainingData.LabeledText> examples = new ArrayList<>();
        for (String[] intent : INTENTS) {
            for (int i = 1; i < intent.length; i++) {
                examples.add(new TrainingData.LabeledText(intent[i], intent[0]));
            }
        }
        model = NluModel.train(new TrainingData(examples, List.of(), List.of(), List.of()),
                NluOptions.defaults().withEmbeddings(BgeEmbedders.uncachedCatalog()));
    }

    @Benchmark
    public Object understand() {
        next = (next + 1) % MESSAGES.length;
        return model.understand(MESSAGES[next]);
    }
}
