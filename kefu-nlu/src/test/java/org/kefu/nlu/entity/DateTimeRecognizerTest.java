package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.nlu.entity.Extraction.entities;
import static org.kefu.nlu.entity.Extraction.values;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.TextPipeline;

/** The clock stands at Tuesday 2026-11-24, 10:00 in Shanghai. */
final class DateTimeRecognizerTest {

    @Test
    void resolvesChineseRelativeDays() {
        assertThat(values("今天能发货吗", Entity.DATE_TIME)).containsExactly("2026-11-24");
        assertThat(values("后天到", Entity.DATE_TIME)).containsExactly("2026-11-26");
        assertThat(values("大后天到", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("昨天下的单", Entity.DATE_TIME)).containsExactly("2026-11-23");
        assertThat(values("明儿能到吗", Entity.DATE_TIME)).containsExactly("2026-11-25");
        assertThat(values("今早的订单", Entity.DATE_TIME)).containsExactly("2026-11-24");
    }

    @Test
    void tomorrowMorningAtEightIsNotThisMorning() {
        assertThat(values("明早8点前能送到吗", Entity.DATE_TIME)).containsExactly("2026-11-25T08:00+08:00");
        assertThat(values("明早6点", Entity.DATE_TIME)).containsExactly("2026-11-25T06:00+08:00");
    }

    @Test
    void readsTheHalfOfTheDayNamedWithAnEnglishDate() {
        assertThat(values("deliver tomorrow evening at 8", Entity.DATE_TIME))
                .containsExactly("2026-11-25T20:00+08:00");
        assertThat(values("tomorrow at 8 in the evening", Entity.DATE_TIME))
                .containsExactly("2026-11-25T20:00+08:00");
        assertThat(values("tomorrow morning at 6", Entity.DATE_TIME)).containsExactly("2026-11-25T06:00+08:00");
        assertThat(values("this afternoon at 3", Entity.DATE_TIME)).containsExactly("2026-11-24T15:00+08:00");
        assertThat(values("friday night at 10", Entity.DATE_TIME)).containsExactly("2026-11-27T22:00+08:00");
        assertThat(values("it was charged last night at 11", Entity.DATE_TIME))
                .containsExactly("2026-11-23T23:00+08:00");
        assertThat(values("yesterday evening", Entity.DATE_TIME)).containsExactly("2026-11-23");
    }

    @Test
    void joinsADateWithTheTimeAfterIt() {
        List<Entity> found = entities("明天下午三点送到", Entity.DATE_TIME);
        assertThat(found).extracting(Entity::value).containsExactly("2026-11-25T15:00+08:00");
        assertThat(found.getFirst().text()).isEqualTo("明天下午三点");
        assertThat(values("今晚八点半", Entity.DATE_TIME)).containsExactly("2026-11-24T20:30+08:00");
        assertThat(values("11月26日上午10:30", Entity.DATE_TIME)).containsExactly("2026-11-26T10:30+08:00");
    }

    @Test
    void resolvesChineseWeekdaysByCalendarWeek() {
        assertThat(values("下周五", Entity.DATE_TIME)).containsExactly("2026-12-04");
        assertThat(values("这周五", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("周一", Entity.DATE_TIME)).containsExactly("2026-11-30");
        assertThat(values("上星期天", Entity.DATE_TIME)).containsExactly("2026-11-22");
        assertThat(values("周二", Entity.DATE_TIME)).containsExactly("2026-11-24");
    }

    @Test
    void resolvesAbsoluteDates() {
        assertThat(values("11月26日", Entity.DATE_TIME)).containsExactly("2026-11-26");
        assertThat(values("十二月三号", Entity.DATE_TIME)).containsExactly("2026-12-03");
        assertThat(values("2026-11-26", Entity.DATE_TIME)).containsExactly("2026-11-26");
        assertThat(values("2027年1月5号", Entity.DATE_TIME)).containsExactly("2027-01-05");
        assertThat(values("30号之前", Entity.DATE_TIME)).containsExactly("2026-11-30");
        assertThat(values("下个月5号", Entity.DATE_TIME)).containsExactly("2026-12-05");
        assertThat(values("上月28日", Entity.DATE_TIME)).containsExactly("2026-10-28");
    }

    @Test
    void resolvesMonthEndsAndNamedDays() {
        assertThat(values("月底前能到吗", Entity.DATE_TIME)).containsExactly("2026-11-30");
        assertThat(values("下个月初", Entity.DATE_TIME)).containsExactly("2026-12-01");
        assertThat(values("12月底", Entity.DATE_TIME)).containsExactly("2026-12-31");
        assertThat(values("二月底", Entity.DATE_TIME)).containsExactly("2026-02-28");
        assertThat(values("年底之前", Entity.DATE_TIME)).containsExactly("2026-12-31");
        assertThat(values("去年底开的户", Entity.DATE_TIME)).containsExactly("2025-12-31");
        // The nearest occurrence: Double 11 was a fortnight ago, New Year's Day is five weeks ahead.
        assertThat(values("双十一买的耳机", Entity.DATE_TIME)).containsExactly("2026-11-11");
        assertThat(values("双11", Entity.DATE_TIME)).containsExactly("2026-11-11");
        assertThat(values("元旦发货吗", Entity.DATE_TIME)).containsExactly("2027-01-01");
        assertThat(values("国庆期间", Entity.DATE_TIME)).containsExactly("2026-10-01");
        assertThat(values("岁月如歌", Entity.DATE_TIME)).isEmpty();
    }

    @Test
    void resolvesEnglishMonthEdgesOrdinalDaysAndHolidays() {
        assertThat(values("can it arrive by the end of the month", Entity.DATE_TIME)).containsExactly("2026-11-30");
        assertThat(values("start of next month", Entity.DATE_TIME)).containsExactly("2026-12-01");
        assertThat(values("end of last month", Entity.DATE_TIME)).containsExactly("2026-10-31");
        assertThat(values("before the end of the year", Entity.DATE_TIME)).containsExactly("2026-12-31");
        assertThat(values("deliver on the 28th", Entity.DATE_TIME)).containsExactly("2026-11-28");
        assertThat(values("I want the 5th item", Entity.DATE_TIME)).isEmpty();
        assertThat(values("will it arrive before christmas", Entity.DATE_TIME)).containsExactly("2026-12-25");
        assertThat(values("closed on new year's day?", Entity.DATE_TIME)).containsExactly("2027-01-01");
        assertThat(values("半个月后", Entity.DATE_TIME)).containsExactly("2026-12-09");
    }

    @Test
    void resolvesHoursAndMinutesFromNow() {
        assertThat(values("两小时后再打给我", Entity.DATE_TIME)).containsExactly("2026-11-24T12:00+08:00");
        assertThat(values("半小时以后", Entity.DATE_TIME)).containsExactly("2026-11-24T10:30+08:00");
        assertThat(values("一个半小时后", Entity.DATE_TIME)).containsExactly("2026-11-24T11:30+08:00");
        assertThat(values("30分钟后", Entity.DATE_TIME)).containsExactly("2026-11-24T10:30+08:00");
        assertThat(values("call me back in 2 hours", Entity.DATE_TIME)).containsExactly("2026-11-24T12:00+08:00");
        assertThat(values("in half an hour", Entity.DATE_TIME)).containsExactly("2026-11-24T10:30+08:00");
        assertThat(values("20 minutes from now", Entity.DATE_TIME)).containsExactly("2026-11-24T10:20+08:00");
        assertThat(values("2 hours later", Entity.DATE_TIME)).containsExactly("2026-11-24T12:00+08:00");
        assertThat(values("in an hour", Entity.DATE_TIME)).containsExactly("2026-11-24T11:00+08:00");
        assertThat(values("back in a minute", Entity.DATE_TIME)).isEmpty();
        assertThat(values("等了两个小时", Entity.DATE_TIME)).isEmpty();
    }

    @Test
    void rejectsImpossibleDatesAndNonDates() {
        assertThat(values("2月30日", Entity.DATE_TIME)).isEmpty();
        assertThat(values("2026-13-01", Entity.DATE_TIME)).isEmpty();
        assertThat(values("便宜一点", Entity.DATE_TIME)).isEmpty();
        assertThat(values("住3号楼", Entity.DATE_TIME)).isEmpty();
        assertThat(values("I sat on the sofa", Entity.DATE_TIME)).isEmpty();
    }

    @Test
    void resolvesChineseOffsets() {
        assertThat(values("3天后", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("两周以后", Entity.DATE_TIME)).containsExactly("2026-12-08");
        assertThat(values("三天前买的", Entity.DATE_TIME)).containsExactly("2026-11-21");
    }

    @Test
    void resolvesEnglishDates() {
        assertThat(values("next Friday", Entity.DATE_TIME)).containsExactly("2026-12-04");
        assertThat(values("this friday", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("on Friday", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("tomorrow", Entity.DATE_TIME)).containsExactly("2026-11-25");
        assertThat(values("the day after tomorrow", Entity.DATE_TIME)).containsExactly("2026-11-26");
        assertThat(values("in 3 days", Entity.DATE_TIME)).containsExactly("2026-11-27");
        assertThat(values("3 days ago", Entity.DATE_TIME)).containsExactly("2026-11-21");
        assertThat(values("in two weeks", Entity.DATE_TIME)).containsExactly("2026-12-08");
        assertThat(values("Nov 26th", Entity.DATE_TIME)).containsExactly("2026-11-26");
        assertThat(values("on 3 December 2027", Entity.DATE_TIME)).containsExactly("2027-12-03");
    }

    @Test
    void englishDurationsAndGenericWeekdaysAreNotMisread() {
        assertThat(values("how much can I top up in a day?", Entity.DATE_TIME)).isEmpty();
        assertThat(values("what are weekend rates", Entity.DATE_TIME)).isEmpty();
        assertThat(values("next weekend", Entity.DATE_TIME)).containsExactly("2026-12-05");
        assertThat(values("I've been waiting since Friday", Entity.DATE_TIME)).containsExactly("2026-11-20");
    }

    @Test
    void resolvesEnglishTimesWithAndWithoutDates() {
        assertThat(values("tomorrow 3pm", Entity.DATE_TIME)).containsExactly("2026-11-25T15:00+08:00");
        assertThat(values("tomorrow at 3:30 p.m.", Entity.DATE_TIME)).containsExactly("2026-11-25T15:30+08:00");
        assertThat(values("3pm tomorrow", Entity.DATE_TIME)).containsExactly("2026-11-25T15:00+08:00");
        assertThat(values("at noon", Entity.DATE_TIME)).containsExactly("2026-11-24T12:00+08:00");
        assertThat(values("12am", Entity.DATE_TIME)).containsExactly("2026-11-24T00:00+08:00");
        assertThat(values("tomorrow at 3", Entity.DATE_TIME)).containsExactly("2026-11-25T15:00+08:00");
        assertThat(values("next friday at 10", Entity.DATE_TIME)).containsExactly("2026-12-04T10:00+08:00");
        assertThat(values("meet me at 3", Entity.DATE_TIME)).isEmpty();
        assertThat(values("tomorrow at 3:30pm", Entity.DATE_TIME)).containsExactly("2026-11-25T15:30+08:00");
    }

    @Test
    void aBareEarlyHourIsReadAsAfternoon() {
        assertThat(values("三点之前下单", Entity.DATE_TIME)).containsExactly("2026-11-24T15:00+08:00");
        assertThat(values("凌晨三点", Entity.DATE_TIME)).containsExactly("2026-11-24T03:00+08:00");
        assertThat(values("03:00", Entity.DATE_TIME)).containsExactly("2026-11-24T03:00+08:00");
        assertThat(values("3am", Entity.DATE_TIME)).containsExactly("2026-11-24T03:00+08:00");
        assertThat(values("九点", Entity.DATE_TIME)).containsExactly("2026-11-24T09:00+08:00");
    }

    @Test
    void houseNumbersSizesAndDayCountsAreNotDates() {
        assertThat(values("滨江路10号", Entity.DATE_TIME)).isEmpty();
        assertThat(values("买大了一号", Entity.DATE_TIME)).isEmpty();
        assertThat(values("25日之前可以到吗", Entity.DATE_TIME)).containsExactly("2026-11-25");
        assertThat(values("1.20号才能发货", Entity.DATE_TIME)).containsExactly("2026-01-20");
    }

    @Test
    void aTimeAloneIsToday() {
        assertThat(values("下午3点能到吗", Entity.DATE_TIME)).containsExactly("2026-11-24T15:00+08:00");
        assertThat(values("周五三点", Entity.DATE_TIME)).containsExactly("2026-11-27T15:00+08:00");
    }

    @Test
    void todayFollowsTheConfiguredZoneNotTheClocksZone() {
        // 17:00 UTC on the 24th is already the 25th in Shanghai, still the 24th in New York
        Clock evening = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneId.of("UTC"));
        EntityExtractor shanghai = EntityExtractor.builder().clock(evening).build();
        EntityExtractor newYork = EntityExtractor.builder().clock(evening).zone(ZoneId.of("America/New_York")).build();
        var text = TextPipeline.standard().analyze("明天");

        assertThat(shanghai.extract(text)).extracting(Entity::value).containsExactly("2026-11-26");
        assertThat(newYork.extract(text)).extracting(Entity::value).containsExactly("2026-11-25");
    }
}
