package org.kefu.server.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The demo shop's product catalogue: search by category and price range. */
final class ProductCatalogue {
    static final Set<String> CATEGORIES = Set.of("phones", "earbuds", "cases", "chargers", "laptops", "home");

    private final Map<String, Product> byId;

    ProductCatalogue(List<Product> products) {
        this.byId = products.stream().collect(Collectors.toUnmodifiableMap(Product::id, Function.identity()));
        for (Product p : products) {
            if (!CATEGORIES.contains(p.category())) {
                throw new IllegalArgumentException("unknown category " + p.category() + " of product " + p.id());
            }
        }
    }

    Optional<Product> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Products matching all given criteria, cheapest first.
     *
     * @param category one of {@link #CATEGORIES}, or null for all
     * @param minPrice lowest price, or null
     * @param maxPrice highest price, or null
     * @param limit at most this many, positive
     * @throws IllegalArgumentException for an unknown category or a non-positive limit
     */
    List<Product> search(@Nullable String category, @Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice,
            int limit) {
        if (category != null && !CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("category must be one of " + CATEGORIES + ": " + category);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return byId.values().stream()
                .filter(p -> category == null || p.category().equals(category))
                .filter(p -> minPrice == null || p.price().compareTo(minPrice) >= 0)
                .filter(p -> maxPrice == null || p.price().compareTo(maxPrice) <= 0)
                .sorted(Comparator.comparing(Product::price).thenComparing(Product::id))
                .limit(limit)
                .toList();
    }

    int size() {
        return byId.size();
    }
}
