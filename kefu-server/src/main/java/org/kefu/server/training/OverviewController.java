package org.kefu.server.training;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.server.admin.PageJson;
import org.kefu.server.bot.BotRegistry;
import org.kefu.server.knowledge.KnowledgeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: each bot with its live model version and knowledge, and its recent turns by outcome. */
@Controller
final class OverviewController {

    private static final int DAYS = 14;
    private static final List<String> OUTCOMES = List.of("answered", "fallback", "handoff", "error");

    private final BotRegistry bots;
    private final TrainingService training;
    private final KnowledgeService knowledge;
    private final OverviewStore store;
    private final Clock clock;

    OverviewController(BotRegistry bots, TrainingService training, KnowledgeService knowledge, JdbcClient jdbc,
            Clock clock) {
        this.bots = bots;
        this.training = training;
        this.knowledge = knowledge;
        this.store = new OverviewStore(jdbc);
        this.clock = clock;
    }

    /**
     * A row of the bot table.
     *
     * @param id the bot
     * @param loaded whether it is serving
     * @param liveVersion its live model version
     * @param faqs its FAQ entries
     * @param turns its bot turns in the chart's period
     */
    record BotRow(String id, boolean loaded, @Nullable String liveVersion, int faqs, int turns) {}

    @GetMapping("/admin")
    String overview(Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> days = new ArrayList<>();
        for (int d = DAYS - 1; d >= 0; d--) {
            days.add(today.minusDays(d).toString());
        }
        List<BotRow> rows = new ArrayList<>();
        Map<String, int[]> series = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> series.put(o, new int[DAYS]));
        for (String id : bots.ids()) {
            int turns = 0;
            for (OverviewStore.DayCount c : store.outcomesByDay(id, clock.instant().minus(Duration.ofDays(DAYS)))) {
                int day = days.indexOf(c.day());
                if (day >= 0 && series.containsKey(c.outcome())) {
                    series.get(c.outcome())[day] += c.turns();
                    turns += c.turns();
                }
            }
            String live = training.versions(id).stream().filter(v -> v.status().equals("live"))
                    .map(ModelVersion::id).findFirst().orElse(null);
            rows.add(new BotRow(id, bots.find(id).isPresent(), live, knowledge.faqs(id, null).size(), turns));
        }
        model.addAttribute("bot", null);
        model.addAttribute("bots", rows);
        model.addAttribute("chartJson", PageJson.of(Map.of("days", days, "series", series)));
        return "admin/index";
    }
}
