package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long session documents are stored compacted and read back exactly; short and older plain documents stay as they are. */
class CompactTextTest {
    private static final String LONG_JSON = ("{\"question\":\"Tell me about a time you pushed back on a launch date.\","
            + "\"answer\":\"I owned checkout; I pulled the funnel myself and held the release a week \u2014 na\u00efve, "
            + "caf\u00e9, \u65e5\u672c, emoji \ud83d\ude80.\",\"findings\":[\"The result has no number.\"]},").repeat(30);

    @Test
    void givenALongDocument_itIsStoredCompacted_atAboutAThirdOfItsSize_andReadBackExactly() {
        String stored = CompactText.pack(LONG_JSON);

        assertThat(stored).startsWith(CompactText.MARK);
        assertThat(stored.length()).isLessThan(LONG_JSON.length() / 3);
        assertThat(CompactText.unpack("s1", stored)).isEqualTo(LONG_JSON);
    }

    @Test
    void givenAShortDocumentOrOneWrittenBefore_itStaysPlainJson() {
        String shortJson = "{\"id\":\"s1\",\"status\":\"active\"}";
        assertThat(CompactText.pack(shortJson)).isSameAs(shortJson);
        assertThat(CompactText.unpack("s1", LONG_JSON)).as("a plain document written by an earlier build").isSameAs(LONG_JSON);
    }

    @Test
    void givenRandomTextOfEveryLength_itAlwaysReadsBackExactly() {
        long seed = 20261207L;
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder("{");
            int length = random.nextInt(6_000);
            for (int k = 0; k < length; k++) {
                b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0xD7FF)));
            }
            String json = b.append('}').toString();
            assertThat(CompactText.unpack("s", CompactText.pack(json))).as("case %d of seed %d", i, seed).isEqualTo(json);
        }
    }

    @Test
    void givenADamagedCompactedDocument_theErrorNamesTheSession() {
        String stored = CompactText.pack(LONG_JSON);
        String truncated = stored.substring(0, stored.length() / 2);
        assertThatThrownBy(() -> CompactText.unpack("s42", truncated)).isInstanceOf(StorageException.class)
                .hasMessageContaining("s42");
        assertThatThrownBy(() -> CompactText.unpack("s43", CompactText.MARK + "not base64!")).isInstanceOf(StorageException.class)
                .hasMessageContaining("s43");
    }
}
