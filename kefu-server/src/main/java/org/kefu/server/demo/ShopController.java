package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo shop's HTTP API: orders and the product catalogue. Every call needs the demo API key; {@code lang}
 * ({@code zh} by default, or {@code en}) picks the language of names and status texts.
 */
@RestController
@Profile("demo")
@RequestMapping("/demo/shop")
final class ShopController {
    private final ShopOrders orders;
    private final ProductCatalogue catalogue;

    ShopController(ShopOrders orders, ProductCatalogue catalogue) {
        this.orders = requireNonNull(orders, "orders");
        this.catalogue = requireNonNull(catalogue, "catalogue");
    }

    @GetMapping("/orders/{orderNo}")
    OrderView order(@PathVariable String orderNo, @RequestParam(defaultValue = "zh") String lang) {
        return view(orders.find(orderNo), lang);
    }

    @GetMapping("/orders")
    Map<String, List<OrderView>> ordersOfPhone(@RequestParam String phone, @RequestParam(defaultValue = "zh") String lang) {
        return Map.of("orders", orders.byPhone(phone).stream().map(o -> view(o, lang)).toList());
    }

    @PostMapping("/orders/{orderNo}/address")
    ChangeView changeAddress(@PathVariable String orderNo, @RequestBody AddressChange change,
            @RequestParam(defaultValue = "zh") String lang) {
        return view(orders.changeAddress(orderNo, change.address()), lang);
    }

    @PostMapping("/orders/{orderNo}/cancel")
    ChangeView cancel(@PathVariable String orderNo, @RequestParam(defaultValue = "zh") String lang) {
        return view(orders.cancel(orderNo), lang);
    }

    @PostMapping("/returns")
    ChangeView requestReturn(@RequestBody ReturnRequest request, @RequestParam(defaultValue = "zh") String lang) {
        return view(orders.requestReturn(request.orderNo(), request.reason()), lang);
    }

    @GetMapping("/products")
    ProductList products(@RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable BigDecimal minPrice,
            @RequestParam(required = false) @Nullable BigDecimal maxPrice,
            @RequestParam(defaultValue = "5") int limit, @RequestParam(defaultValue = "zh") String lang) {
        String wanted = category == null || category.isBlank() ? null : category;
        return ProductList.of(catalogue.search(wanted, minPrice, maxPrice, limit), lang);
    }

    private OrderView view(Order order, String lang) {
        return OrderView.of(order, orders.returnEligibility(order), catalogue, lang);
    }

    private ChangeView view(OrderChange change, String lang) {
        return new ChangeView(change.accepted(), change.reason(), view(change.order(), lang));
    }

    /**
     * The answer to a change request.
     *
     * @param accepted true when the change was made
     * @param reason {@code ok} or why not, see {@link OrderChange#reason()}
     * @param order the order after the request
     */
    record ChangeView(boolean accepted, String reason, OrderView order) {
    }

    /** @param address the new delivery address */
    record AddressChange(String address) {
        AddressChange {
            if (address == null || address.isBlank()) {
                throw new IllegalArgumentException("address must not be blank");
            }
        }
    }

    /**
     * @param orderNo the delivered order to return
     * @param reason the customer's reason, in their words
     */
    record ReturnRequest(String orderNo, String reason) {
        ReturnRequest {
            if (orderNo == null || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("orderNo and reason are required");
            }
        }
    }

    /**
     * A product as the API returns it.
     *
     * @param id catalogue id
     * @param category category
     * @param name name in the requested language
     * @param highlight one selling point
     * @param price price in yuan
     * @param priceText price for display, e.g. {@code ¥3,999}
     * @param label name and price in one line, for a bot's list
     */
    record ProductView(String id, String category, String name, String highlight, BigDecimal price, String priceText,
            String label) {
        static ProductView of(Product p, String lang) {
            String priceText = "¥" + String.format(java.util.Locale.ROOT, "%,.0f", p.price());
            String name = p.name().in(lang);
            return new ProductView(p.id(), p.category(), name, p.highlight().in(lang), p.price(), priceText,
                    name + " " + priceText);
        }
    }

    /**
     * Search results, with a ready-to-show numbered list in both languages for callers (such as a bot
     * connector) that cannot choose a language per request.
     *
     * @param count how many products matched
     * @param products the products in the requested language
     * @param summary {@code zh} and {@code en}: one line per product, "1. name ¥price: highlight"
     */
    record ProductList(int count, List<ProductView> products, Map<String, String> summary) {
        static ProductList of(List<Product> found, String lang) {
            return new ProductList(found.size(), found.stream().map(p -> ProductView.of(p, lang)).toList(),
                    Map.of("zh", lines(found, "zh"), "en", lines(found, "en")));
        }

        private static String lines(List<Product> found, String lang) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < found.size(); i++) {
                ProductView v = ProductView.of(found.get(i), lang);
                out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(v.label())
                        .append(lang.equals("en") ? ": " : "：").append(v.highlight());
            }
            return out.toString();
        }
    }
}
