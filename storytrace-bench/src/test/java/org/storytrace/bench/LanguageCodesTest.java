package org.storytrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {
    @Test
    void chineseVariantsCountAsChinese() {
        assertThat(LanguageCodes.comparable("zh-yue")).isEqualTo("zh");
        assertThat(LanguageCodes.comparable("zh-classical")).isEqualTo("zh");
        assertThat(LanguageCodes.comparable("zh-CN")).isEqualTo("zh");
    }

    @Test
    void threeLetterCodesBecomeTwoLetterOnesIncludingIndividualLanguages() {
        assertThat(LanguageCodes.comparable("deu")).isEqualTo("de");
        assertThat(LanguageCodes.comparable("ukr")).isEqualTo("uk");
        assertThat(LanguageCodes.comparable("cmn")).isEqualTo("zh");
        assertThat(LanguageCodes.comparable("pes")).isEqualTo("fa");
    }

    @Test
    void bokmalMatchesTheNorwegianGoldLabel() {
        assertThat(LanguageCodes.comparable("NB")).isEqualTo("no");
        assertThat(LanguageCodes.comparable("nob")).isEqualTo("no");
        assertThat(LanguageCodes.comparable("nn")).isEqualTo("nn");
    }

    @Test
    void codesWithoutATwoLetterFormStayAsTheyAre() {
        assertThat(LanguageCodes.comparable("ckb")).isEqualTo("ckb");
        assertThat(LanguageCodes.comparable("be-tarask")).isEqualTo("be");
    }
}
