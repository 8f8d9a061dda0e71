package org.kefu.nlu.entity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * A yearly date named without its year (双十一, Christmas) is the occurrence nearest today: "双十一买的" said a
 * fortnight later means the one just past, "元旦发货吗" said in November the one coming.
 */
final class NearestOccurrence {

    private NearestOccurrence() {}

    static LocalDate of(MonthDay day, LocalDate today) {
        LocalDate best = day.atYear(today.getYear());
        for (int year : new int[] {today.getYear() - 1, today.getYear() + 1}) {
            LocalDate candidate = day.atYear(year);
            if (Math.abs(ChronoUnit.DAYS.between(today, candidate)) < Math.abs(ChronoUnit.DAYS.between(today, best))) {
                best = candidate;
            }
        }
        return best;
    }
}
