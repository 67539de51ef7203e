package uk.gov.safeguarding.chassis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeTextTest {

    @Test
    void ordinaryTextAndParagraphsAreSafe() {
        assertThat(UnsafeText.problem("Disclosure at school.\r\n\tSecond paragraph: £5, café, 日本, 😀")).isNull();
        assertThat(UnsafeText.problem(null)).isNull();
        assertThat(UnsafeText.problem("")).isNull();
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedWithTheirPosition() {
        assertThat(UnsafeText.problem("ab\u0000c")).isEqualTo("must not contain control characters (U+0000 at position 3)");
        assertThat(UnsafeText.problem("\u001b[31m")).contains("U+001B");
        assertThat(UnsafeText.problem("x\u007f")).contains("U+007F");
        assertThat(UnsafeText.problem("x\u0085")).contains("U+0085");
    }

    @Test
    void loneSurrogatesAndNonCharactersAreRefused() {
        assertThat(UnsafeText.problem("a\ud800")).contains("lone surrogate at position 2");
        assertThat(UnsafeText.problem("\udc00b")).contains("lone surrogate at position 1");
        assertThat(UnsafeText.problem("\ud83d\ude00")).isNull();
        assertThat(UnsafeText.problem("\uffff")).contains("non-characters");
    }
}
