package dev.loopcoach.core.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.reply.BlockBudget;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WritingCliTest {
    private static final String MEMO = """
            Proposal: faster delivery for Fresh

            We should significantly expand the WBR. Many customers asked for faster delivery, and it is arguably the best \
            thing we could do this year, because the delivery estimates that customers see at checkout are wrong for about a \
            third of the orders that we ship from the two new stations.
            The pilot was launched by the team in the U.S. on 3 March. It cut late orders by 3.5%.
            """;

    private JsonNode runJson(String input) throws Exception {
        StringWriter out = new StringWriter();
        int code = new WritingCli().run(new StringReader(input), out, true);
        assertThat(code).isZero();
        assertThat(out.toString()).endsWith("\n").doesNotContain("\n\n");
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void givenAMemo_printsTheAgreedJsonFields() throws Exception {
        JsonNode json = runJson(MEMO);
        assertThat(json.get("words").isInt()).isTrue();
        assertThat(json.get("words").asInt()).isEqualTo(Words.count(MEMO));
        assertThat(json.get("sentences").asInt()).isEqualTo(4);
        assertThat(json.get("longSentences").isArray()).isTrue();
        assertThat(json.get("longSentences")).hasSize(1);
        assertThat(json.get("longSentences").get(0).asText()).startsWith("Many customers asked");
        assertThat(json.get("weaselWords").findValuesAsText("word")).contains("should", "significantly", "many", "arguably", "could");
        assertThat(json.get("weaselWords").get(0).get("sentence").asText()).isEqualTo("We should significantly expand the WBR.");
        assertThat(json.get("passiveSentences").asInt()).isEqualTo(1);
        assertThat(json.get("fkGrade").isNumber()).isTrue();
        assertThat(json.get("undefinedAcronyms")).extracting(JsonNode::asText).containsExactly("WBR");
        assertThat(json.get("bottomLineFirst").isBoolean()).isTrue();
        assertThat(json.get("verdict").asText()).isEqualTo(WritingVerdict.REWORK.label());
    }

    @Test
    void givenNoText_saysSoAndReturnsTwo() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new WritingCli().run(new StringReader("  \n "), out, true)).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(out.toString()).get("error").asText()).contains("no text");
        StringWriter text = new StringWriter();
        assertThat(new WritingCli().run(new StringReader(""), text, false)).isEqualTo(2);
        assertThat(text.toString()).contains("No text to review");
    }

    @Test
    void givenTextMode_printsTheReadableReport() {
        StringWriter out = new StringWriter();
        assertThat(new WritingCli().run(new StringReader(MEMO), out, false, Optional.of(WritingTarget.pages(1, Optional.empty()))))
                .isZero();
        assertThat(out.toString()).contains("Writing feedback: Needs another draft").contains("Words: ").contains("too short")
                .contains("\"significantly\"");
    }

    @Test
    void theFeedbackViewStaysWithinTheBlockBudget() {
        String messy = (MEMO + "\n").repeat(30);
        assertThat(BlockBudget.fits(WritingView.feedback(new WritingAnalyzer().analyze(messy, Optional.empty())))).isTrue();
    }
}
