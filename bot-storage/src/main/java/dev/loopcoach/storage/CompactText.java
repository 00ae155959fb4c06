package dev.loopcoach.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A long session document stored compacted: deflated and then Base64, behind a {@value #MARK} prefix, in the same text
 * column. A transcript late in an interview is 5 to 10 KB of JSON and is rewritten whole on every answer; compacted it
 * is about a third of that, so every write, every commit and the embedded file are smaller (issue 14). The compacting
 * runs on the thread that judged the answer, not inside the database's commit. Short documents and documents written
 * before stay plain JSON (which always starts with '{'), and both are read.
 */
final class CompactText {
    static final String MARK = "z1:";
    /** Below this many characters compacting saves too little to be worth a step. */
    static final int MIN_CHARS = 1_024;

    private CompactText() {
    }

    static String pack(String json) {
        if (json.length() < MIN_CHARS) {
            return json;
        }
        byte[] input = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return MARK + Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    static String unpack(String id, String stored) {
        if (!stored.startsWith(MARK)) {
            return stored;
        }
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(stored.substring(MARK.length()));
        } catch (IllegalArgumentException e) {
            throw new StorageException("stored session " + id + " is damaged (not Base64 after " + MARK + ")", e);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StorageException("stored session " + id + " is damaged (its compacted text ends early)", null);
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new StorageException("stored session " + id + " is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }
}
