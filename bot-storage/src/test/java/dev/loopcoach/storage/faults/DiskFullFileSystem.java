package dev.loopcoach.storage.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's own file-system plug-in ({@code jdbc:h2:diskfull:/path}) over the real files, that fails every write with the
 * operating system's "No space left on device" while {@link #full} is set: a full disk as H2 meets it, without needing
 * a small partition to fill. Reads keep working, as they do on a real full disk.
 */
public final class DiskFullFileSystem extends FilePathWrapper {
    public static final String SCHEME = "diskfull";
    private static volatile boolean full;
    private static final Object REGISTERED = register();

    private static Object register() {
        FilePath.register(new DiskFullFileSystem());
        return Boolean.TRUE;
    }

    /** Makes the scheme known to H2 (idempotent). */
    public static void install() {
        if (REGISTERED == null) {
            throw new IllegalStateException("not registered");
        }
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        OutputStream out = super.newOutputStream(append);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                refuse();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                refuse();
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    private static void refuse() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    /** The real channel, refusing to grow or change the file while the disk is full. */
    private static final class Channel extends FileChannel {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return base.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuse();
            return base.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            refuse();
            return base.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuse();
            base.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return base.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            refuse();
            return base.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuse();
            return base.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
