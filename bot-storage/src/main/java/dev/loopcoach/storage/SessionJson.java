package dev.loopcoach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.loopcoach.core.session.InterviewSession;
import java.util.Map;

/**
 * An interview session as one JSON document. Instants are ISO-8601 strings (exact to the nanosecond).
 * Unknown fields are ignored when reading, so a session written by a newer build still resumes after a rollback
 * instead of locking its owner out.
 */
final class SessionJson {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The document as stored: plain JSON, or compacted (see {@link CompactText}) once it is long. */
    String write(InterviewSession session) {
        try {
            return CompactText.pack(mapper.writeValueAsString(session));
        } catch (JsonProcessingException e) {
            throw new StorageException("session " + session.id() + " cannot be written as JSON", e);
        }
    }

    InterviewSession read(String id, String stored) {
        try {
            return mapper.readValue(CompactText.unpack(id, stored), InterviewSession.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored session " + id + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The document as plain maps and lists, for exports. */
    Map<String, Object> readAsMap(String id, String stored) {
        try {
            return mapper.readValue(CompactText.unpack(id, stored), MAP);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored session " + id + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
