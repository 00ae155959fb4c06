package dev.loopcoach.storage.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file channel over a real one that, while {@link #fill} is in force, writes the first few bytes of a write and then
 * fails with the operating system's "No space left on device", as a disk that fills up in the middle of a write does.
 */
public final class DiskFullChannel extends FileChannel {
    private final FileChannel real;
    private volatile boolean full;

    public DiskFullChannel(FileChannel real) {
        this.real = real;
    }

    public void fill() {
        full = true;
    }

    public void free() {
        full = false;
    }

    private int partly(ByteBuffer src, long at) throws IOException {
        if (src.remaining() > 5) {
            ByteBuffer head = src.duplicate();
            head.limit(head.position() + 5);
            real.write(head, at); // a torn record on disk
        }
        throw new IOException("No space left on device");
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        return full ? partly(src, position) : real.write(src, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return full ? partly(src, real.position()) : real.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
        return real.write(srcs, offset, length);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return real.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        real.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
        return real.transferFrom(src, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}
