package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryClassifierTest {

    static final long DINING = 1, BREAKFAST = 2, CAFE = 3, HEALTH = 4, PHARMACY = 5, HOUSEKEEPING = 6,
            EMPLOYMENT = 7, SUPERMARKET = 8, MALL = 9, ELDER_CARE = 10;

    final CategoryClassifier classifier = new CategoryClassifier(List.of(
            MappingRule.of(DINING, "AMAP", "05", null),
            MappingRule.of(BREAKFAST, "AMAP", "05", "早餐|包子"),
            MappingRule.of(CAFE, "AMAP", "0505", null),
            MappingRule.of(HEALTH, "OSM", "healthcare=*", null),
            MappingRule.of(PHARMACY, "OSM", "amenity=pharmacy", null),
            MappingRule.of(PHARMACY, "AMAP", "0906", null),
            MappingRule.of(HEALTH, "AMAP", "09", null),
            MappingRule.of(EMPLOYMENT, "OSM", "office=employment_agency", null),
            MappingRule.of(HOUSEKEEPING, "OSM", "office=employment_agency", "家政|保洁"),
            MappingRule.of(SUPERMARKET, "AMAP", "0604", null),
            MappingRule.of(MALL, "AMAP", "0601", null),
            MappingRule.of(ELDER_CARE, "AMAP", "", "日间照料")));

    @Test
    void longestAmapPrefixWins() {
        assertThat(classifier.classify("星巴克", "050500", null)).contains(CAFE);
        assertThat(classifier.classify("老王饭店", "050100", null)).contains(DINING);
        assertThat(classifier.classify("益丰大药房", "090601", null)).contains(PHARMACY);
        assertThat(classifier.classify("某医疗", "090100", null)).contains(HEALTH);
    }

    @Test
    void keywordEntryOutranksTheSamePatternOnlyWhenTheNameHasTheKeyword() {
        assertThat(classifier.classify("刘记包子铺", "050100", null)).contains(BREAKFAST);
        assertThat(classifier.classify("刘记包子铺", "050500", null)).as("a longer prefix still wins").contains(CAFE);
        assertThat(classifier.classify("阿姨家政", null, "office=employment_agency")).contains(HOUSEKEEPING);
        assertThat(classifier.classify("人才市场", null, "office=employment_agency")).contains(EMPLOYMENT);
    }

    @Test
    void severalCodesTakeTheMostSpecificAndTiesGoToTableOrder() {
        assertThat(classifier.classify("x", "090000|090601", null)).contains(PHARMACY);
        assertThat(classifier.classify("x", "060400|060100", null)).contains(SUPERMARKET);
        assertThat(classifier.classify("x", "060100 | 060400", null)).contains(SUPERMARKET);
    }

    @Test
    void exactOsmTagBeatsWildcard() {
        assertThat(classifier.classify("x", null, "healthcare=pharmacy;amenity=pharmacy")).contains(PHARMACY);
        assertThat(classifier.classify("x", null, "healthcare=clinic")).contains(HEALTH);
        assertThat(classifier.classify("x", null, "amenity=clinic")).isEmpty();
        assertThat(classifier.classify("x", "090601", "healthcare=pharmacy")).as("AMap prefix over key=*").contains(PHARMACY);
        assertThat(classifier.classify("x", "090100", "amenity=pharmacy")).as("exact tag over AMap prefix").contains(PHARMACY);
    }

    @Test
    void emptyPatternMatchesAnyCodeButOnlyWithItsKeyword() {
        assertThat(classifier.classify("如意湖日间照料中心", "141200", null)).contains(ELDER_CARE);
        assertThat(classifier.classify("如意湖活动中心", "141200", null)).isEmpty();
        assertThat(classifier.classify("如意湖日间照料中心", null, null)).isEmpty();
    }
}
