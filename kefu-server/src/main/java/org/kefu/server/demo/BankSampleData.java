package org.kefu.server.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo bank's sample customer 王小明 (13800138000): a debit card ending 6789 with ¥12,345.67 and ten
 * recent transactions, dated relative to "today" so that they always look recent.
 */
final class BankSampleData {
    static final String DEMO_PHONE = "13800138000";
    static final String DEMO_CODE = "123456";
    static final BigDecimal DEMO_BALANCE = new BigDecimal("12345.67");

    private BankSampleData() {
    }

    static BankAccount demoAccount(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ShopSampleData.SHOP_ZONE));
        // Newest first: {days ago, hh, mm, zh, en, amount}
        Object[][] rows = {
            {1, 12, 40, "美团外卖", "Meituan food delivery", "-38.50"},
            {2, 8, 55, "地铁出行", "Metro ride", "-4.00"},
            {3, 19, 42, "网上购物 演示商城", "Online purchase, Demo Shop", "-299.00"},
            {5, 9, 0, "工资入账", "Salary", "8800.00"},
            {6, 10, 30, "房租转账 给 张房东", "Rent transfer to landlord Zhang", "-3200.00"},
            {7, 12, 10, "咖啡店消费", "Coffee shop", "-32.00"},
            {9, 18, 5, "超市购物", "Supermarket", "-186.40"},
            {10, 21, 15, "手机话费充值", "Mobile top-up", "-100.00"},
            {12, 14, 0, "转入 来自 李华", "Transfer in from Li Hua", "500.00"},
            {13, 7, 50, "水电燃气缴费", "Water, power and gas bill", "-215.30"},
        };
        List<BankTransaction> transactions = new ArrayList<>();
        BigDecimal balanceAfter = DEMO_BALANCE;
        for (Object[] r : rows) {
            BigDecimal amount = new BigDecimal((String) r[5]);
            transactions.add(new BankTransaction(
                    today.minusDays((Integer) r[0]).atTime(LocalTime.of((Integer) r[1], (Integer) r[2]))
                            .atZone(ShopSampleData.SHOP_ZONE).toInstant(),
                    new LocalizedText((String) r[3], (String) r[4]), amount, balanceAfter));
            // Walking back in time: the balance before this transaction.
            balanceAfter = balanceAfter.subtract(amount);
        }
        return new BankAccount(DEMO_PHONE, "王小明", "6789", false, DEMO_BALANCE, transactions);
    }
}
