package org.lifecircle.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void readsChineseNamesAsTonelessPinyin() {
        assertThat(Pinyin.sortKey("绿城百合社区")).isEqualTo("lv cheng bai he she qu");
        assertThat(Pinyin.initials("绿城百合社区")).isEqualTo("lcbhsq");
        assertThat(Pinyin.initials("药店")).isEqualTo("yd");
    }

    @Test
    void keepsLatinWordsAndDigitsTogether() {
        assertThat(Pinyin.sortKey("CBD商务西三街3号")).isEqualTo("cbd shang wu xi san jie 3 hao");
        assertThat(Pinyin.initials("24小时便利店")).isEqualTo("2xsbld");
        assertThat(Pinyin.sortKey("（估）天时路·南")).isEqualTo("gu tian shi lu nan");
    }

    @Test
    void sortsTheWayChineseReadersExpect() {
        List<String> names = List.of("馨悦苑社区", "天时路社区", "绿地社区", "如意东路社区", "商务区社区", "联盟新城社区", "绿城百合社区");
        List<String> sorted = names.stream().sorted(Comparator.comparing(Pinyin::sortKey)).toList();
        assertThat(sorted).containsExactly("联盟新城社区", "绿城百合社区", "绿地社区", "如意东路社区", "商务区社区",
                "天时路社区", "馨悦苑社区");
    }
}
