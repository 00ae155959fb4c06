package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
    @ParameterizedTest
    @CsvSource({"hiring,hire", "hired,hire", "hires,hire", "simplified,simplify", "simplifying,simplify",
            "pushed,push", "pushing,push", "agreed,agree", "customers,customer", "shipping,ship", "planned,plan",
            "customer's,customer", "data,data", "process,process"})
    void givenInflectedForms_theyShareTheStemOfTheBaseWord(String word, String base) {
        assertThat(Stemmer.stem(word)).isEqualTo(Stemmer.stem(base));
    }
}
