package org.kefu.nlu.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kefu.nlu.Entity;

/**
 * Chooses among overlapping candidate entities and sorts the survivors by position.
 *
 * <ol>
 *   <li>Longer spans win over the spans they overlap ({@code 明天下午三点} over {@code 三点}).
 *   <li>Between overlapping spans of equal length the more specific type wins: checksum-validated numbers,
 *       then the bot's own patterns, then phone and e-mail, dates, amounts, dictionary entries, names.
 *   <li>A candidate is kept beside an overlapping winner of another type when both read the same thing:
 *       the same span, or the same value ({@code 13800138000} as the shop's order-number format and as a
 *       mobile number, also inside {@code +86 13800138000}). Understanding cannot tell which one the
 *       customer meant; the dialogue can, from the slot it is filling.
 * </ol>
 */
final class OverlapResolver {
    private static final Map<String, Integer> SPECIFICITY = Map.of(
            Entity.ID_CARD, 0,
            Entity.BANK_CARD, 0,
            Entity.EMAIL, 2,
            Entity.PHONE, 2,
            Entity.DATE_TIME, 3,
            Entity.AMOUNT, 4,
            Entity.PERSON, 6,
            Entity.PLACE, 6);
    /** Types not listed come from the bot: patterns (1) or dictionaries (5); see {@link #rank}. */
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparingInt((Candidate c) -> c.entity.start() - c.entity.end())
            .thenComparingInt(c -> c.rank)
            .thenComparingInt(c -> c.entity.start());

    private final List<String> patternTypes;

    /** @param patternTypes the types the bot defines by pattern, ranked just after checksum-validated ones */
    OverlapResolver(List<String> patternTypes) {
        this.patternTypes = List.copyOf(patternTypes);
    }

    List<Entity> resolve(List<Entity> candidates) {
        if (candidates.size() < 2) {
            return List.copyOf(candidates);
        }
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (Entity e : candidates) {
            ranked.add(new Candidate(e, rank(e.type())));
        }
        ranked.sort(PREFERENCE);
        List<Entity> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            if (isCompatible(c.entity, kept)) {
                kept.add(c.entity);
            }
        }
        kept.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return kept;
    }

    private int rank(String type) {
        Integer fixed = SPECIFICITY.get(type);
        if (fixed != null) {
            return fixed;
        }
        return patternTypes.contains(type) ? 1 : 5;
    }

    private static boolean isCompatible(Entity candidate, List<Entity> kept) {
        for (Entity k : kept) {
            boolean overlaps = candidate.start() < k.end() && k.start() < candidate.end();
            if (!overlaps) {
                continue;
            }
            boolean sameReading = !candidate.type().equals(k.type())
                    && ((candidate.start() == k.start() && candidate.end() == k.end())
                            || candidate.value().equals(k.value()));
            if (!sameReading) {
                return false;
            }
        }
        return true;
    }

    private record Candidate(Entity entity, int rank) {
    }
}
