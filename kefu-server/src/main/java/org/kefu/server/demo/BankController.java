package org.kefu.server.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo bank's HTTP API. Every call needs the demo API key. Card numbers only ever leave it masked
 * ({@code **** 6789}). The caller is responsible for having verified the customer's phone.
 */
@RestController
@Profile("demo")
@RequestMapping("/demo/bank")
final class BankController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId BANK_ZONE = ShopSampleData.SHOP_ZONE;

    private final BankAccounts accounts;

    BankController(BankAccounts accounts) {
        this.accounts = requireNonNull(accounts, "accounts");
    }

    @PostMapping("/otp")
    CodeSent sendCode(@RequestBody PhoneRequest request) {
        String phone = accounts.sendCode(request.phone());
        return new CodeSent(true, phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4));
    }

    /** 200 {@code {"verified":true}} for the right code, 422 {@code wrong_code} otherwise. */
    @PostMapping("/otp/verify")
    Verification verify(@RequestBody CodeRequest request) {
        if (!accounts.verifyCode(request.phone(), request.code())) {
            throw new DemoException(HttpStatus.UNPROCESSABLE_CONTENT, "wrong_code", "the one-time code is not correct");
        }
        return new Verification(true);
    }

    @GetMapping("/accounts/{phone}/balance")
    Balance balance(@PathVariable String phone, @RequestParam(defaultValue = "zh") String lang) {
        BankAccount a = accounts.account(phone);
        return new Balance(a.maskedCard(), a.balance(), money(a.balance()), "CNY", a.frozen() ? "FROZEN" : "ACTIVE",
                cardState(a.frozen()).in(lang));
    }

    @GetMapping("/accounts/{phone}/transactions")
    Transactions transactions(@PathVariable String phone, @RequestParam(defaultValue = "10") int limit,
            @RequestParam(defaultValue = "zh") String lang) {
        if (limit <= 0 || limit > 50) {
            throw new IllegalArgumentException("limit must be between 1 and 50: " + limit);
        }
        BankAccount a = accounts.account(phone);
        List<BankTransaction> recent = a.transactions().stream().limit(limit).toList();
        List<TransactionView> rows = recent.stream().map(t -> view(t, lang)).toList();
        return new Transactions(a.maskedCard(), rows.size(), rows,
                Map.of("zh", statement(recent, "zh"), "en", statement(recent, "en")));
    }

    private static TransactionView view(BankTransaction t, String lang) {
        return new TransactionView(WHEN.format(t.at().atZone(BANK_ZONE)), t.description().in(lang), t.amount(),
                (t.amount().signum() < 0 ? "-" : "+") + money(t.amount().abs()), money(t.balanceAfter()));
    }

    /** One line per transaction: "11-23 12:40  美团外卖  -¥38.50". */
    private static String statement(List<BankTransaction> recent, String lang) {
        StringBuilder out = new StringBuilder();
        for (BankTransaction t : recent) {
            TransactionView v = view(t, lang);
            out.append(out.isEmpty() ? "" : "\n").append(v.time().substring(5)).append("  ").append(v.description())
                    .append("  ").append(v.amountText());
        }
        return out.toString();
    }

    @PostMapping("/accounts/{phone}/freeze")
    Freeze freeze(@PathVariable String phone) {
        boolean wasFrozen = accounts.account(phone).frozen();
        BankAccount a = accounts.freeze(phone);
        return new Freeze(a.maskedCard(), true, wasFrozen, "5-7");
    }

    private static String money(BigDecimal amount) {
        return "¥" + String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static LocalizedText cardState(boolean frozen) {
        return frozen ? new LocalizedText("已冻结", "frozen") : new LocalizedText("正常", "active");
    }

    /** @param phone mainland mobile number */
    record PhoneRequest(String phone) {
        PhoneRequest {
            if (phone == null || !phone.matches("1\\d{10}")) {
                throw new IllegalArgumentException("phone must be an 11-digit mainland mobile number");
            }
        }
    }

    /**
     * @param phone mainland mobile number
     * @param code the one-time code the customer typed
     */
    record CodeRequest(String phone, String code) {
        CodeRequest {
            requireNonNull(phone, "phone");
            requireNonNull(code, "code");
        }
    }

    record CodeSent(boolean sent, String maskedPhone) {
    }

    record Verification(boolean verified) {
    }

    record Balance(String card, BigDecimal balance, String balanceText, String currency, String cardStatus,
            String cardStatusText) {
    }

    record TransactionView(String time, String description, BigDecimal amount, String amountText, String balanceAfter) {
    }

    /**
     * @param card masked card number
     * @param count number of transactions listed
     * @param transactions newest first
     * @param summary {@code zh} and {@code en}: one line per transaction, for callers that show text
     */
    record Transactions(String card, int count, List<TransactionView> transactions, Map<String, String> summary) {
    }

    /** @param replacementBusinessDays how long a replacement card takes */
    record Freeze(String card, boolean frozen, boolean alreadyFrozen, String replacementBusinessDays) {
    }
}
