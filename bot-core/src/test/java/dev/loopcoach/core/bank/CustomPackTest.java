package dev.loopcoach.core.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomPackTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {"pack": "team", "questions": [
              {"id": "team-001", "text": "Tell me about a time you changed a launch plan after reading support tickets.",
               "category": "behavioral", "lps": ["Customer Obsession"], "levels": ["pm", "senior"],
               "difficulty": "medium", "followUps": ["Which tickets changed your mind?", "What did you drop from the plan?"],
               "tips": ["Name the ticket volume."]}
            ]}""";

    @Test
    void givenValidPack_questionsLoadOnTopOfBuiltInBank() throws IOException {
        Files.writeString(dir.resolve("team.json"), GOOD);
        QuestionBank builtIn = new BankLoader().builtInOnly();
        QuestionBank bank = new BankLoader().load(dir);
        assertThat(bank.size()).isEqualTo(builtIn.size() + 1);
        assertThat(bank.find("team-001")).get().extracting(Question::text).asString().contains("support tickets");
    }

    @Test
    void givenUnknownPrinciple_messageNamesFileQuestionAndFix() throws IOException {
        Files.writeString(dir.resolve("broken.json"), GOOD.replace("Customer Obsession", "Customer Love"));
        assertThatThrownBy(() -> new BankLoader().load(dir))
                .isInstanceOf(BankLoadException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("team-001")
                .hasMessageContaining("Customer Love")
                .hasMessageContaining("Fix:");
    }

    @Test
    void givenBehavioralQuestionWithOneFollowUp_itIsRejected() throws IOException {
        Files.writeString(dir.resolve("thin.json"), GOOD.replace(", \"What did you drop from the plan?\"", ""));
        assertThatThrownBy(() -> new BankLoader().load(dir))
                .hasMessageContaining("team-001")
                .hasMessageContaining("follow-up");
    }

    @Test
    void givenDuplicateIdOfBuiltInQuestion_messageNamesBothFiles() throws IOException {
        Files.writeString(dir.resolve("dup.json"), GOOD.replace("team-001", "co-01"));
        assertThatThrownBy(() -> new BankLoader().load(dir))
                .hasMessageContaining("dup.json")
                .hasMessageContaining("co-01")
                .hasMessageContaining("already defined in built-in bank/");
    }

    @Test
    void givenUnknownKeyAndBadJson_eachIsReported() throws IOException {
        Files.writeString(dir.resolve("a.json"), GOOD.replace("\"tips\"", "\"tipz\""));
        Files.writeString(dir.resolve("b.json"), "{\"pack\": \"x\", \"questions\": [ {\"id\": }");
        assertThatThrownBy(() -> new BankLoader().load(dir))
                .hasMessageContaining("a.json (question team-001, key \"tipz\")")
                .hasMessageContaining("b.json: is not valid JSON");
    }

    @Test
    void givenTooLongText_itIsRejectedWithTheLimit() throws IOException {
        Files.writeString(dir.resolve("long.json"), GOOD.replace("Tell me about a time", "x".repeat(1200)));
        assertThatThrownBy(() -> new BankLoader().load(dir)).hasMessageContaining("at most 1000");
    }
}
