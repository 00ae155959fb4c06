package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
    private final TextParser parser = new TextParser();
    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity> find(String text) {
        ParsedText t = parser.parse(text);
        return finder.find(t, 0, t.tokens().size());
    }

    @Test
    void givenPercentMoneyMultipliersAndDurations_eachIsFoundWithItsKind() {
        assertThat(find("up 31 percent, $1.2m saved, 3x faster, in three weeks, a third fewer calls"))
                .extracting(Quantity::kind, Quantity::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Quantity.Kind.PERCENT, "31 percent"),
                        org.assertj.core.groups.Tuple.tuple(Quantity.Kind.MONEY, "$1.2m"),
                        org.assertj.core.groups.Tuple.tuple(Quantity.Kind.MULTIPLIER, "3x"),
                        org.assertj.core.groups.Tuple.tuple(Quantity.Kind.DURATION, "three weeks"),
                        org.assertj.core.groups.Tuple.tuple(Quantity.Kind.FRACTION, "a third"));
    }

    @Test
    void givenDoubleOrTripleBeforeWhatTheyDescribe_theyAreNotAmounts_butAsAMeasureTheyAre() {
        assertThat(find("customers saw double debits, and double-sold seats were triple checked")).isEmpty();
        assertThat(find("sign-ups were double what they had been")).extracting(Quantity::text).containsExactly("double");
        assertThat(find("repeat orders almost double the month after")).extracting(Quantity::text).containsExactly("double");
        assertThat(find("by spring the queue was triple, then it shrank")).extracting(Quantity::text).containsExactly("triple");
    }

    @Test
    void givenYearsCodesAndOrdinaryOne_theyAreNotAmounts() {
        assertThat(find("In 2021 our Q3 p95 goal was one of many")).isEmpty();
    }

    @Test
    void givenNumberWordsAndDoubled_theyAreAmounts() {
        assertThat(find("it doubled and eleven of the twelve dates held")).extracting(Quantity::text)
                .containsExactly("doubled", "eleven", "twelve");
    }
}
