package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BankAccountsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final BankAccounts bank = new BankAccounts(List.of(BankSampleData.demoAccount(NOW)));

    @Test
    void acceptsOnlyTheDemoCodeForTheDemoPhone() {
        assertThat(bank.verifyCode("13800138000", "123456")).isTrue();
        assertThat(bank.verifyCode("13800138000", " 123456 ")).isTrue();
        assertThat(bank.verifyCode("13800138000", "654321")).isFalse();
        assertThat(bank.verifyCode("13900139000", "123456")).isFalse();
    }

    @Test
    void refusesToSendACodeToAnUnknownPhone() {
        assertThatThrownBy(() -> bank.sendCode("13900139000"))
                .isInstanceOfSatisfying(DemoException.class, e -> assertThat(e.code()).isEqualTo("customer_not_found"));
    }

    @Test
    void holdsTheDemoCardWithTenConsistentRecentTransactions() {
        BankAccount account = bank.account("13800138000");
        assertThat(account.maskedCard()).isEqualTo("**** 6789");
        assertThat(account.balance()).isEqualByComparingTo("12345.67");
        assertThat(account.transactions()).hasSize(10);
        assertThat(account.transactions().getFirst().balanceAfter()).isEqualByComparingTo("12345.67");
        for (int i = 0; i + 1 < account.transactions().size(); i++) {
            BankTransaction newer = account.transactions().get(i);
            BankTransaction older = account.transactions().get(i + 1);
            assertThat(newer.at()).isAfter(older.at());
            assertThat(older.balanceAfter().add(newer.amount())).isEqualByComparingTo(newer.balanceAfter());
        }
        assertThat(account.transactions().getLast().at()).isAfter(NOW.instant().minusSeconds(15 * 86_400));
        assertThat(account.transactions()).allSatisfy(t -> assertThat(t.balanceAfter()).isGreaterThan(BigDecimal.ZERO));
    }

    @Test
    void freezingIsIdempotent() {
        assertThat(bank.freeze("13800138000").frozen()).isTrue();
        assertThat(bank.freeze("13800138000").frozen()).isTrue();
        assertThat(bank.account("13800138000").balance()).isEqualByComparingTo("12345.67");
    }
}
