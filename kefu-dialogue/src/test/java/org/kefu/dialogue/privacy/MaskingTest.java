package org.kefu.dialogue.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MaskingTest {

    @Test
    void keepsOnlyTheLastFourCharacters() {
        assertThat(Masking.mask("6222020200116789")).isEqualTo("**** 6789");
        assertThat(Masking.mask("6222 0202 0011 6789")).isEqualTo("**** 6789");
        assertThat(Masking.mask("11010519491231002X")).isEqualTo("**** 002X");
        assertThat(Masking.mask("123")).isEqualTo("****");
    }

    @Test
    void masksCardAndIdNumbersInTextButNotOrdersPhonesOrAmounts() {
        assertThat(Masking.maskSensitiveNumbers("卡号6222020200116789，身份证11010519491231002X。"))
                .isEqualTo("卡号**** 6789，身份证**** 002X。");
        assertThat(Masking.maskSensitiveNumbers("card 6222 0202 0011 6789 is frozen"))
                .isEqualTo("card **** 6789 is frozen");
        String harmless = "订单20241101001，手机13800138000，余额¥12,345.67，运单SF1234567890";
        assertThat(Masking.maskSensitiveNumbers(harmless)).isEqualTo(harmless);
    }
}
