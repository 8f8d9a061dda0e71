package org.kefu.server.widget;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the two sample pages that show the widget embedded the way a customer's site would embed it:
 * the demo shop at {@code /} (bot {@code shop}) and the demo bank at {@code /bank} (bot {@code bank}).
 */
@Controller
class SamplePageController {

    /** The products shown on the shop page; names and blurbs live in {@code i18n/pages*.properties}. */
    static final List<ShowcaseItem> PRODUCTS = List.of(
            new ShowcaseItem("phone", "📱", "2999", "#fde8e8"),
            new ShowcaseItem("earbuds", "🎧", "399", "#e8f0fd"),
            new ShowcaseItem("case", "🛡️", "49", "#eef8e8"),
            new ShowcaseItem("charger", "🔌", "129", "#fdf5e2"),
            new ShowcaseItem("laptop", "💻", "5499", "#ece8fd"),
            new ShowcaseItem("humidifier", "💧", "169", "#e2f6f8"));

    /** The services shown on the bank page. */
    static final List<ShowcaseItem> SERVICES = List.of(
            new ShowcaseItem("accounts", "🏦", "", "#e6eef9"),
            new ShowcaseItem("transfers", "💸", "", "#e8f6ee"),
            new ShowcaseItem("cards", "💳", "", "#fdf2e2"),
            new ShowcaseItem("lost", "🔒", "", "#fde8e8"));

    @GetMapping("/")
    String shop(Locale locale, Model model) {
        model.addAttribute("widgetLocale", widgetLocale(locale));
        model.addAttribute("products", PRODUCTS);
        return "shop";
    }

    @GetMapping("/bank")
    String bank(Locale locale, Model model) {
        model.addAttribute("widgetLocale", widgetLocale(locale));
        model.addAttribute("services", SERVICES);
        return "bank";
    }

    /** The widget's {@code data-locale}: the page's language, as the widget and conversations spell it. */
    static String widgetLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /**
     * One tile on a sample page.
     *
     * @param key message key suffix for its name and blurb
     * @param icon an emoji standing in for a product photo
     * @param price price in yuan, empty for services
     * @param tint background colour of the tile
     */
    record ShowcaseItem(String key, String icon, String price, String tint) {}
}
