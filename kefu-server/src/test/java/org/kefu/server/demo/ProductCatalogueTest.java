package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ProductCatalogueTest {
    private final ProductCatalogue catalogue = new ProductCatalogue(ShopSampleData.products());

    @Test
    void holdsAboutThirtyProductsInEveryCategory() {
        assertThat(catalogue.size()).isEqualTo(30);
        for (String category : ProductCatalogue.CATEGORIES) {
            assertThat(catalogue.search(category, null, null, 100)).as(category).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void searchesByCategoryAndBudgetCheapestFirst() {
        assertThat(catalogue.search("phones", null, new BigDecimal("2000"), 10)).extracting(Product::id)
                .containsExactly("P-PH-06", "P-PH-03", "P-PH-04");
        assertThat(catalogue.search("laptops", new BigDecimal("5000"), null, 1)).extracting(Product::id)
                .containsExactly("P-LT-02");
    }

    @Test
    void rejectsUnknownCategoriesAndLimits() {
        assertThatThrownBy(() -> catalogue.search("cars", null, null, 5)).hasMessageContaining("cars");
        assertThatThrownBy(() -> catalogue.search(null, null, null, 0)).hasMessageContaining("limit must be positive: 0");
    }
}
