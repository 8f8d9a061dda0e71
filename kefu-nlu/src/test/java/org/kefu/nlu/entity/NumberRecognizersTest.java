package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.nlu.entity.Extraction.entities;
import static org.kefu.nlu.entity.Extraction.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;

final class NumberRecognizersTest {

    @Test
    void findsTheShopsOrderNumberFormat() {
        assertThat(values("订单号20261124001怎么还没发货", Entity.ORDER_NUMBER)).containsExactly("20261124001");
    }

    @Test
    void orderNumberIsNotFoundInsideALongerNumber() {
        assertThat(values("订单202611240019", Entity.ORDER_NUMBER)).isEmpty();
        assertThat(values("身份证11010519491231002X", Entity.ORDER_NUMBER)).isEmpty();
    }

    @Test
    void findsMobileNumbersWrittenInCommonWays() {
        assertThat(values("我的手机13800138000", Entity.PHONE)).containsExactly("13800138000");
        assertThat(values("call +86 138 0013 8000 please", Entity.PHONE)).containsExactly("13800138000");
        assertThat(values("电话：１３８-００１３-８０００", Entity.PHONE)).containsExactly("13800138000");
        assertThat(values("008613912345678", Entity.PHONE)).containsExactly("13912345678");
    }

    @Test
    void rejectsNumbersThatAreNotMobileNumbers() {
        assertThat(values("12800138000", Entity.PHONE)).isEmpty();
        assertThat(values("1380013800", Entity.PHONE)).isEmpty();
        assertThat(values("138001380001", Entity.PHONE)).isEmpty();
        assertThat(values("138 00138000", Entity.PHONE)).isEmpty();
    }

    @Test
    void elevenDigitsMatchingOrderAndMobileFormatsYieldBothOnTheSameSpan() {
        List<Entity> found = entities("13800138000");
        assertThat(found).extracting(Entity::type).containsExactlyInAnyOrder(Entity.ORDER_NUMBER, Entity.PHONE);
        assertThat(found).allSatisfy(e -> {
            assertThat(e.start()).isZero();
            assertThat(e.end()).isEqualTo(11);
        });
    }

    @Test
    void orderReadingSurvivesBesideAPhoneWithCountryCode() {
        assertThat(entities("+86 13800138000")).extracting(Entity::type, Entity::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Entity.PHONE, "13800138000"),
                org.assertj.core.groups.Tuple.tuple(Entity.ORDER_NUMBER, "13800138000"));
    }

    @Test
    void findsEmailAddressesLowerCased() {
        assertThat(values("发到 Zhang.San+shop@Example.COM.cn 谢谢", Entity.EMAIL))
                .containsExactly("zhang.san+shop@example.com.cn");
        assertThat(values("my mail is foo@bar", Entity.EMAIL)).isEmpty();
        assertThat(values("@everyone hi", Entity.EMAIL)).isEmpty();
    }

    @Test
    void findsIdCardNumbersWithAValidChecksum() {
        assertThat(values("身份证号11010519491231002x", Entity.ID_CARD)).containsExactly("11010519491231002X");
        assertThat(values("440301199003071230", Entity.ID_CARD)).containsExactly("440301199003071230");
    }

    @Test
    void rejectsIdCardNumbersWithAWrongChecksumOrBirthDate() {
        assertThat(values("身份证号110105194912310021", Entity.ID_CARD)).isEmpty();
        assertThat(values("440301199013071235", Entity.ID_CARD)).isEmpty();
        assertThat(IdCardRecognizer.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardRecognizer.isValid("11010519491231002Y")).isFalse();
    }

    @Test
    void findsBankCardNumbersThatPassLuhnWithOrWithoutSpaces() {
        assertThat(values("卡号6222021234567890128", Entity.BANK_CARD)).containsExactly("6222021234567890128");
        assertThat(values("card 4111 1111 1111 1111 thanks", Entity.BANK_CARD)).containsExactly("4111111111111111");
        assertThat(values("卡号6217-0000-0000-0006", Entity.BANK_CARD)).containsExactly("6217000000000006");
    }

    @Test
    void rejectsBankCardNumbersFailingLuhn() {
        assertThat(values("卡号6222021234567890121", Entity.BANK_CARD)).isEmpty();
        assertThat(values("4111 1111 1111 1112", Entity.BANK_CARD)).isEmpty();
        assertThat(BankCardRecognizer.passesLuhn("79927398713")).isTrue();
        assertThat(BankCardRecognizer.passesLuhn("79927398710")).isFalse();
    }

    @Test
    void valuesAndTextsMatchTheNormalisedMessage() {
        String message = "订单２０２６１１２４００１，手机13800138000";
        String normalized = org.kefu.nlu.text.TextPipeline.standard().normalize(message);
        assertThat(entities(message)).isNotEmpty().allSatisfy(
                e -> assertThat(normalized.substring(e.start(), e.end())).isEqualTo(e.text()));
    }
}
