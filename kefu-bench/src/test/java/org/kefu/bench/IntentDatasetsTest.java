package org.kefu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.nlu.TrainingData.LabeledText;

final class IntentDatasetsTest {

    @Test
    void cicDescriptionsBecomeExamplesWithoutTheBuyerAndHisVerb(@TempDir Path data) throws IOException {
        Path cic = Files.createDirectories(data.resolve("dataclue_cic"));
        Files.writeString(cic.resolve("labels.json"), """
                {"label_des": "买家咨询退换货运费由谁承担", "label": 12}
                {"label_des": "买家表示好的", "label": 5}

                {"label_des": "买家讨价还价", "label": 38}
                """, StandardCharsets.UTF_8);
        Files.writeString(cic.resolve("train.json"), """
                {"id": 0, "label": "12", "sentence": "退货运费谁出", "label_des": "买家咨询退换货运费由谁承担"}
                """, StandardCharsets.UTF_8);

        assertThat(IntentDatasets.cicDescriptions(data)).containsExactly(
                new LabeledText("退换货运费由谁承担", "12"),
                new LabeledText("好的", "5"),
                new LabeledText("讨价还价", "38"));
        assertThat(IntentDatasets.cicTraining(data)).hasSize(4)
                .first().isEqualTo(new LabeledText("退货运费谁出", "12"));
    }
}
