package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefu.nlu.entity.Extraction.entities;
import static org.kefu.nlu.entity.Extraction.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;

final class DictionaryAndNameTest {

    @Test
    void findsDictionaryValuesAndSynonymsAsTheCanonicalValue() {
        assertThat(values("我的苹果15坏了", "product")).containsExactly("iPhone 15");
        assertThat(values("我的ＩＰＨＯＮＥ　１５坏了", "product")).containsExactly("iPhone 15");
        assertThat(values("i15 broke", "product")).containsExactly("iPhone 15");
        assertThat(values("寄到京城", "city")).containsExactly("北京");
    }

    @Test
    void prefersTheLongestDictionaryMatch() {
        List<Entity> found = entities("iphone 15 pro多少钱", "product");
        assertThat(found).extracting(Entity::value).containsExactly("iPhone 15 Pro");
        assertThat(found.getFirst().text()).isEqualTo("iphone 15 pro");
    }

    @Test
    void ignoresSpacesInsideASynonym() {
        assertThat(values("iphone15pro", "product")).containsExactly("iPhone 15 Pro");
    }

    @Test
    void doesNotMatchLatinSynonymsInsideLongerWords() {
        assertThat(values("the i150 is out", "product")).isEmpty();
        assertThat(values("ai15 model", "product")).isEmpty();
        assertThat(values("beijingers", "city")).isEmpty();
    }

    @Test
    void traditionalChineseSynonymsMatchSimplifiedText() {
        EntityExtractor extractor = EntityExtractor.builder()
                .dictionary(List.of(new org.kefu.nlu.TrainingData.DictionaryEntry("service", "退貨", List.of())))
                .build();
        assertThat(extractor.extract(org.kefu.nlu.text.TextPipeline.standard().analyze("我要退货")))
                .extracting(Entity::type, Entity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("service", "退貨"));
    }

    @Test
    void findsChinesePersonAndPlaceNames() {
        assertThat(values("收件人刘德华，地址广州天河区", Entity.PERSON)).containsExactly("刘德华");
        assertThat(values("收件人刘德华，地址广州天河区", Entity.PLACE)).containsExactly("广州", "天河区");
        assertThat(values("我叫王小明", Entity.PERSON)).containsExactly("王小明");
    }

    @Test
    void dropsImplausibleNamesThatHanLpProposes() {
        assertThat(entities("运险费什么时候到账")).isEmpty();
        assertThat(entities("送费谁出")).isEmpty();
        assertThat(entities("好谢谢哈")).isEmpty();
        assertThat(values("现在下单明天能发货", Entity.PLACE)).isEmpty();
        assertThat(values("是从邢台发货吗", Entity.PLACE)).isEmpty();
    }

    @Test
    void aCountOfWeeksIsNoPersonNamedZhou() {
        assertThat(values("两周内没到货能退吗", Entity.PERSON)).isEmpty();
        assertThat(values("已经3周内都没人回复", Entity.PERSON)).isEmpty();
        assertThat(values("我找周经理", Entity.PERSON)).containsExactly("周经理");
    }

    @Test
    void aSumIsNoPersonNamedMaoOrWan() {
        assertThat(NameFilter.isPlausiblePerson("毛五", 3, '两')).isFalse();
        assertThat(NameFilter.isPlausiblePerson("万五", 3, '一')).isFalse();
        assertThat(NameFilter.isPlausiblePerson("毛晓彤", 5, '找')).isTrue();
    }

    @Test
    void keepsSurnameNamesAndAdministrativePlaces() {
        assertThat(NameFilter.isPlausiblePerson("曾祥薇", 12, ' ')).isTrue();
        assertThat(NameFilter.isPlausiblePerson("欧阳娜娜", 8, ' ')).isTrue();
        assertThat(NameFilter.isPlausiblePerson("卫衣", 8, ' ')).isFalse();
        assertThat(NameFilter.isPlausiblePlace("西陵区")).isTrue();
        assertThat(NameFilter.isPlausiblePlace("店里")).isFalse();
    }

    @Test
    void dictionaryEntryAndPlaceNameOnTheSameSpanAreBothKept() {
        assertThat(entities("寄到北京")).extracting(Entity::type).containsExactlyInAnyOrder("city", Entity.PLACE);
    }

    @Test
    void namesCanBeTurnedOff() {
        EntityExtractor noNames = EntityExtractor.builder().personAndPlaceNames(false).build();
        assertThat(noNames.extract(org.kefu.nlu.text.TextPipeline.standard().analyze("收件人刘德华，地址广州"))).isEmpty();
    }
}
