package org.kefu.server.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The demo systems' HTTP contract, as the bots' connectors use it. */
final class DemoApiTest {
    private static final String KEY = "test-key";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(
                    new ShopController(new ShopOrders(ShopSampleData.orders(), NOW),
                            new ProductCatalogue(ShopSampleData.products())),
                    new BankController(new BankAccounts(List.of(BankSampleData.demoAccount(NOW)))))
            .setControllerAdvice(new DemoErrorHandler())
            .addFilter(new DemoApiKeyFilter(KEY), "/demo/*")
            .build();

    @Test
    void refusesCallsWithoutTheApiKey() throws Exception {
        mvc.perform(get("/demo/shop/orders/20241101001"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_api_key"));
        mvc.perform(get("/demo/shop/orders/20241101001").header(DemoApiKeyFilter.HEADER, "wrong"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void returnsAShippedOrderInTheCallersLanguage() throws Exception {
        mvc.perform(get("/demo/shop/orders/20241101001").param("lang", "en").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.courier").value("SF Express"))
                .andExpect(jsonPath("$.trackingNo").value("SF1234567890"))
                .andExpect(jsonPath("$.expectedDelivery").value("2026-11-26"))
                .andExpect(jsonPath("$.canCancel").value(false));
        mvc.perform(get("/demo/shop/orders/20241101003").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(jsonPath("$.statusText").value("已签收"))
                .andExpect(jsonPath("$.i18n.en.item").value("Xingyao X5 clear silicone case"))
                .andExpect(jsonPath("$.returnable").value(true))
                .andExpect(jsonPath("$.returnDeadline").value("2026-11-27"));
    }

    @Test
    void answersUnknownOrdersWithNotFound() throws Exception {
        mvc.perform(get("/demo/shop/orders/20240000000").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("order_not_found"));
    }

    @Test
    void createsAReturnAndRefusesOneForAnUndeliveredOrder() throws Exception {
        mvc.perform(post("/demo/shop/returns").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orderNo\":\"20241101003\",\"reason\":\"质量问题\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.order.returnNo").value("R20241101003"));
        mvc.perform(post("/demo/shop/returns").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orderNo\":\"20241101001\",\"reason\":\"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.reason").value("not_delivered"));
    }

    @Test
    void cancelsAndChangesAddressesBeforeShipmentOnly() throws Exception {
        mvc.perform(post("/demo/shop/orders/20241101002/address").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"杭州市西湖区文三路 1 号\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.order.address").value("杭州市西湖区文三路 1 号"));
        mvc.perform(post("/demo/shop/orders/20241101001/cancel").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.reason").value("already_shipped"));
        mvc.perform(post("/demo/shop/orders/20241101002/cancel").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.order.status").value("CANCELLED"));
    }

    @Test
    void recommendsProductsByCategoryAndBudget() throws Exception {
        mvc.perform(get("/demo/shop/products").param("category", "phones").param("maxPrice", "2000")
                        .param("lang", "en").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.products.length()").value(3))
                .andExpect(jsonPath("$.products[0].priceText").value("¥399"))
                .andExpect(jsonPath("$.products[0].label").value("Fushou S1 senior phone ¥399"))
                .andExpect(jsonPath("$.summary.zh").value(org.hamcrest.Matchers.startsWith("1. 福寿 S1 老人手机 ¥399：大字大声")));
        mvc.perform(get("/demo/shop/products").param("category", "cars").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
    }

    @Test
    void verifiesTheDemoCodeAndShowsOnlyMaskedCardNumbers() throws Exception {
        mvc.perform(post("/demo/bank/otp").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"13800138000\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maskedPhone").value("138****8000"));
        mvc.perform(post("/demo/bank/otp/verify").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"13800138000\",\"code\":\"111111\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("wrong_code"));
        mvc.perform(post("/demo/bank/otp/verify").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"13800138000\",\"code\":\"123456\"}"))
                .andExpect(jsonPath("$.verified").value(true));
        mvc.perform(get("/demo/bank/accounts/13800138000/balance").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(jsonPath("$.card").value("**** 6789"))
                .andExpect(jsonPath("$.balanceText").value("¥12,345.67"));
        mvc.perform(get("/demo/bank/accounts/13800138000/transactions").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(jsonPath("$.transactions.length()").value(10))
                .andExpect(jsonPath("$.transactions[0].amountText").value("-¥38.50"))
                .andExpect(jsonPath("$.summary.en").value(org.hamcrest.Matchers.startsWith("11-23 12:40  Meituan food delivery  -¥38.50\n")));
        mvc.perform(post("/demo/bank/accounts/13800138000/freeze").header(DemoApiKeyFilter.HEADER, KEY))
                .andExpect(jsonPath("$.frozen").value(true))
                .andExpect(jsonPath("$.card").value("**** 6789"));
    }

    @Test
    void refusesMalformedBankRequests() throws Exception {
        mvc.perform(post("/demo/bank/otp").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"abc\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/demo/bank/otp").header(DemoApiKeyFilter.HEADER, KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"13900139000\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("customer_not_found"));
    }
}
