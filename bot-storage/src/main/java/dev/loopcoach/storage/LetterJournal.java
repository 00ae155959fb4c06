package dev.loopcoach.storage;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * An append-only file of inbox letters beside the embedded H2 database. A letter is written here in one write call
 * before the platform is acknowledged, and moved into table {@code inbox} soon after (see {@link JournaledInbox}).
 *
 * <p>Why: the H2 commit that used to come before every acknowledgement cost more than the platform library's whole ack
 * path. One write into the operating system's page cache survives a SIGKILL of the process exactly as an H2 commit with
 * {@code WRITE_DELAY=0} does (neither is forced to the device), at a small part of its cost.
 *
 * <p>Each record is its length, a CRC-32 of its bytes, then the letter. A record torn by a crash or a full disk fails
 * its check; reading stops there, and the next record is written over it (appends go to the end of the last whole
 * record, never to the file's size). Not thread-safe on its own: {@link JournaledInbox} calls it under one lock.
 */
final class LetterJournal implements AutoCloseable {
    private static final int HEADER = 8;
    /** A record longer than this is damage, not a letter (the longest letter is 40,000 characters). */
    private static final int MAX_RECORD = 1 << 20;
    private static final int VERSION = 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    /** Where the next record goes: the end of the last whole record. */
    private long end;

    private LetterJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the journal at {@code file}; empty when another store in this process or another process
     * already holds it (that store then owns the letters in it).
     */
    static Optional<LetterJournal> open(Path file) throws IOException {
        if (file.getParent() != null) {
            java.nio.file.Files.createDirectories(file.getParent());
        }
        return on(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** As {@link #open}, over a channel already open on {@code file} (tests pass one that fails like a full disk). */
    static Optional<LetterJournal> on(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new LetterJournal(file, channel, lock));
    }

    Path file() {
        return file;
    }

    /**
     * Writes one letter; when this returns, a process killed at any moment after it leaves the letter readable by
     * {@link #readAll}. When it throws (a full disk), the letter is not there and the next append overwrites what part
     * of it reached the file.
     */
    void append(Inbox.Letter letter) throws IOException {
        byte[] body = encode(letter);
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer record = ByteBuffer.allocate(HEADER + body.length);
        record.putInt(body.length).putInt((int) crc.getValue()).put(body).flip();
        long at = end;
        while (record.hasRemaining()) {
            at += channel.write(record, at);
        }
        end = at;
    }

    /** Every whole letter in the file, in the order written; reading stops at the first torn or damaged record. */
    List<Inbox.Letter> readAll() throws IOException {
        List<Inbox.Letter> out = new ArrayList<>();
        long size = channel.size();
        long at = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at + HEADER <= size) {
            header.clear();
            readFully(header, at);
            header.flip();
            int length = header.getInt();
            int expected = header.getInt();
            if (length <= 0 || length > MAX_RECORD || at + HEADER + length > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(body, at + HEADER);
            CRC32 crc = new CRC32();
            crc.update(body.array());
            if ((int) crc.getValue() != expected) {
                break;
            }
            Optional<Inbox.Letter> letter = decode(body.array());
            if (letter.isEmpty()) {
                break;
            }
            out.add(letter.get());
            at += HEADER + length;
        }
        end = at;
        return out;
    }

    /** Empties the file: every letter in it is in the table. */
    void clear() throws IOException {
        if (end > 0 || channel.size() > 0) {
            channel.truncate(0);
            end = 0;
        }
    }

    /** Bytes written and not yet cleared (for tests and the operator's curiosity). */
    long size() {
        return end;
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at + buffer.position());
            if (n < 0) {
                throw new IOException("journal ended early");
            }
        }
    }

    static byte[] encode(Inbox.Letter l) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + l.text().length() * 3);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(VERSION);
            for (String s : List.of(l.platform(), l.deliveryId(), l.user().platform(), l.user().userId(), l.kind().name(),
                    l.text(), l.replyTo())) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            out.writeLong(l.receivedAt().getEpochSecond());
            out.writeInt(l.receivedAt().getNano());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e); // a ByteArrayOutputStream does not fail
        }
    }

    /** The letter in a record's bytes; empty when they do not make one (a record from a newer build, or damage). */
    static Optional<Inbox.Letter> decode(byte[] body) {
        try {
            ByteBuffer in = ByteBuffer.wrap(body);
            if (in.getInt() != VERSION) {
                return Optional.empty();
            }
            String[] s = new String[7];
            for (int i = 0; i < s.length; i++) {
                int n = in.getInt();
                if (n < 0 || n > in.remaining()) {
                    return Optional.empty();
                }
                byte[] utf8 = new byte[n];
                in.get(utf8);
                s[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            Instant receivedAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
            return Optional.of(new Inbox.Letter(s[0], s[1], new UserKey(s[2], s[3]), Inbox.Kind.valueOf(s[4]), s[5], s[6],
                    receivedAt));
        } catch (RuntimeException e) {
            return Optional.empty(); // java.nio.BufferUnderflowException, an unknown kind, a letter that fails its checks
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
