package dev.loopcoach.core.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code /mydata export} and {@code /mydata delete}: everything about the caller, out or gone. */
public final class PrivacyService {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PrivacyStore store;

    public PrivacyService(PrivacyStore store) {
        this.store = store;
    }

    public Reply export(UserKey user) {
        Map<String, Object> data = store.export(user);
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return Reply.builder(Reply.Kind.INFO)
                .heading("Your data")
                .paragraph("Everything Loop Coach stores about you is in the attached JSON file ("
                        + json.length + " bytes): your sessions with full transcripts, practice history, stories and settings.")
                .block(new Block.Attachment("loop-coach-data.json", "application/json", json,
                        new String(json, StandardCharsets.UTF_8).length() + " characters of JSON"))
                .build();
    }

    public Reply delete(UserKey user, boolean confirmed) {
        if (!confirmed) {
            return Reply.builder(Reply.Kind.INFO)
                    .heading("Delete all your data?")
                    .paragraph("This erases your interview sessions and transcripts, practice history, progress, stories and "
                            + "settings. It cannot be undone. Export first with /mydata export if you want a copy.")
                    .actions(Action.CONFIRM_DELETE, Action.KEEP_DATA)
                    .build();
        }
        int removed = store.deleteAll(user);
        return Reply.info("Done: all your data is deleted (" + removed + " records). You can start fresh any time with /mockinterview.");
    }
}
