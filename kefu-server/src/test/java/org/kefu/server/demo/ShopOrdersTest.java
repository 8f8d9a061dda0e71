package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class ShopOrdersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ShopOrders ordersOn(LocalDate day) {
        return new ShopOrders(ShopSampleData.orders(),
                Clock.fixed(day.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
    }

    @Test
    void findsTheSampleOrdersOfTheDemoDescription() {
        ShopOrders orders = ordersOn(LocalDate.of(2026, 11, 24));
        Order phone = orders.find("20241101001");
        assertThat(phone.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(phone.courier()).isEqualTo(Courier.SF_EXPRESS);
        assertThat(phone.trackingNo()).isEqualTo("SF1234567890");
        assertThat(phone.expectedDelivery()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(orders.find("20241101002").status()).isEqualTo(OrderStatus.AWAITING_DISPATCH);
        assertThat(orders.find("20241101003").deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        Order laptop = orders.find("20241102001");
        assertThat(laptop.courier()).isEqualTo(Courier.JD_LOGISTICS);
        assertThat(laptop.trackingNo()).isEqualTo("JD0099887766");
        assertThat(laptop.email()).isEqualTo("alice@example.com");
    }

    @Test
    void unknownOrderNumberIsNotFound() {
        assertThatThrownBy(() -> ordersOn(LocalDate.of(2026, 11, 24)).find("20249999999"))
                .isInstanceOfSatisfying(DemoException.class, e -> assertThat(e.code()).isEqualTo("order_not_found"));
    }

    @Test
    void listsTheOrdersOfAPhoneNewestFirst() {
        assertThat(ordersOn(LocalDate.of(2026, 11, 24)).byPhone("13800138000")).extracting(Order::orderNo)
                .containsExactly("20241101002", "20241101001", "20241101003");
        assertThat(ordersOn(LocalDate.of(2026, 11, 24)).byPhone("")).isEmpty();
    }

    @Test
    void changesTheAddressOnlyBeforeShipment() {
        ShopOrders orders = ordersOn(LocalDate.of(2026, 11, 24));
        OrderChange changed = orders.changeAddress("20241101002", " 杭州市西湖区文三路 1 号 ");
        assertThat(changed.accepted()).isTrue();
        assertThat(orders.find("20241101002").address()).isEqualTo("杭州市西湖区文三路 1 号");
        OrderChange refused = orders.changeAddress("20241101001", "杭州市");
        assertThat(refused.reason()).isEqualTo("already_shipped");
        assertThat(orders.find("20241101001").address()).startsWith("上海市");
    }

    @Test
    void cancelsOnlyBeforeShipmentAndOnlyOnce() {
        ShopOrders orders = ordersOn(LocalDate.of(2026, 11, 24));
        assertThat(orders.cancel("20241101002").order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.cancel("20241101002")).isEqualTo(OrderChange.declined("cancelled", orders.find("20241101002")));
        assertThat(orders.cancel("20241102001").reason()).isEqualTo("already_shipped");
        assertThat(orders.find("20241102001").status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void acceptsAReturnWithinSevenDaysOfDelivery() {
        ShopOrders orders = ordersOn(LocalDate.of(2026, 11, 27));
        OrderChange returned = orders.requestReturn("20241101003", "不想要了");
        assertThat(returned.accepted()).isTrue();
        assertThat(returned.order().status()).isEqualTo(OrderStatus.RETURN_REQUESTED);
        assertThat(returned.order().returnNo()).isEqualTo("R20241101003");
        assertThat(orders.requestReturn("20241101003", "again").reason()).isEqualTo("already_requested");
    }

    @Test
    void refusesAReturnAfterTheWindowOrBeforeDelivery() {
        ShopOrders late = ordersOn(LocalDate.of(2026, 11, 28));
        assertThat(late.returnEligibility(late.find("20241101003")))
                .isEqualTo(new ReturnEligibility(false, "window_closed", LocalDate.of(2026, 11, 27)));
        assertThat(late.requestReturn("20241101003", "不想要了").reason()).isEqualTo("window_closed");
        assertThat(late.find("20241101003").status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(late.requestReturn("20241101001", "不想要了").reason()).isEqualTo("not_delivered");
    }

    @Test
    void unknownOrdersCannotBeChanged() {
        assertThatThrownBy(() -> ordersOn(LocalDate.of(2026, 11, 24)).cancel("20240000000"))
                .isInstanceOfSatisfying(DemoException.class, e -> assertThat(e.code()).isEqualTo("order_not_found"));
    }

    @Test
    void resetUndoesEveryChange() {
        ShopOrders orders = ordersOn(LocalDate.of(2026, 11, 24));
        orders.cancel("20241101002");
        orders.requestReturn("20241101003", "不想要了");
        orders.reset();
        assertThat(orders.find("20241101002").status()).isEqualTo(OrderStatus.AWAITING_DISPATCH);
        assertThat(orders.find("20241101003").status()).isEqualTo(OrderStatus.DELIVERED);
    }
}
