package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class ModalValuesTest {

    @Test
    void readsTheLabelLayout() {
        DataObject raw = DataObject.fromJson("{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"d\":{\"data\":{\"custom_id\":\"lc:x\","
                + "\"components\":[{\"type\":18,\"id\":1,\"component\":{\"type\":4,\"id\":2,\"custom_id\":\"answer\",\"value\":\"my story\"}}]}}}");

        assertThat(ModalValues.fromRaw(raw, "answer")).contains("my story");
    }

    @Test
    void readsTheOlderActionRowLayout() {
        DataObject raw = DataObject.fromJson("{\"d\":{\"data\":{\"custom_id\":\"lc:x\",\"components\":[{\"type\":1,"
                + "\"components\":[{\"type\":4,\"custom_id\":\"title\",\"value\":\"T\"}]},{\"type\":1,"
                + "\"components\":[{\"type\":4,\"custom_id\":\"answer\",\"value\":\"row story\"}]}]}}}");

        assertThat(ModalValues.fromRaw(raw, "answer")).contains("row story");
        assertThat(ModalValues.fromRaw(raw, "title")).contains("T");
    }

    @Test
    void givenNoSuchInput_isEmpty() {
        DataObject raw = DataObject.fromJson("{\"d\":{\"data\":{\"custom_id\":\"lc:x\",\"components\":[]}}}");

        assertThat(ModalValues.fromRaw(raw, "answer")).isEmpty();
    }
}
