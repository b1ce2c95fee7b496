package org.storytrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void hostCaseFragmentDefaultPortAndTrackingParametersDoNotMakeAnotherPage() {
        assertThat(CanonicalUrl.of("HTTPS://WWW.LeMonde.fr:443/international/article/x.html?utm_source=tw&id=7&fbclid=abc#comments"))
                .isEqualTo("https://www.lemonde.fr/international/article/x.html?id=7");
    }

    @Test
    void pathCaseAndRealParametersAreKept() {
        assertThat(CanonicalUrl.of("https://example.org/News/A?page=2")).isEqualTo("https://example.org/News/A?page=2");
        assertThat(CanonicalUrl.of("https://example.org")).isEqualTo("https://example.org/");
    }

    @Test
    void nonHttpOrBrokenUrlsHaveNoCanonicalForm() {
        assertThat(CanonicalUrl.of(null)).isNull();
        assertThat(CanonicalUrl.of("seeds/000.txt")).isNull();
        assertThat(CanonicalUrl.of("mailto:x@example.org")).isNull();
        assertThat(CanonicalUrl.of("https://exa mple.org/")).isNull();
    }
}
