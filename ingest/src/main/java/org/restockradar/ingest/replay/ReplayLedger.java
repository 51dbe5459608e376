package org.restockradar.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a followed directory's replay has done, file by file: how far into each file it has got and whether the file
 * is done. Kept in a text file, one line appended (and forced to disk) after each step, {@code name TAB bytes TAB
 * lines TAB open|done}; the last line of a name wins, so that a restarted replay goes on where the last one stopped.
 * A step is recorded after the sink has flushed it: a replay stopped between the two sends that step again
 * (at least once; mentions are keyed by their id, so downstream it is one mention).
 */
public final class ReplayLedger implements AutoCloseable {
    private static final String DONE = "done";
    private static final String OPEN = "open";

    /** One file's entry: where its replay goes on, and whether the file is done. */
    public record Entry(ReplaySource.Position position, boolean done) {
        static final Entry NEW = new Entry(ReplaySource.Position.START, false);
    }

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private final FileChannel out;

    private ReplayLedger(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    /** Reads the ledger at {@code file} (none yet: nothing done) and opens it to record more. */
    public static ReplayLedger open(Path file) {
        try {
            FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A last line cut short when the process stopped while writing it: the step before it stands.
            int whole = text.lastIndexOf('\n') + 1;
            out.truncate(text.substring(0, whole).getBytes(StandardCharsets.UTF_8).length);
            out.position(out.size());
            ReplayLedger ledger = new ReplayLedger(file, out);
            List<String> lines = text.substring(0, whole).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                ledger.read(lines.get(i), i + 1);
            }
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the replay ledger " + file.toAbsolutePath(), e);
        }
    }

    private void read(String line, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || !(fields[3].equals(DONE) || fields[3].equals(OPEN))) {
            throw new IllegalStateException("replay ledger " + file.toAbsolutePath() + ", line " + number + ", is not "
                    + "name<TAB>bytes<TAB>lines<TAB>open|done: " + line);
        }
        entries.put(fields[0], new Entry(new ReplaySource.Position(Long.parseLong(fields[1]), Long.parseLong(fields[2])),
                fields[3].equals(DONE)));
    }

    /** Where the replay of the file named {@code name} stands; the start for a file not seen before. */
    public Entry entry(String name) {
        return entries.getOrDefault(name, Entry.NEW);
    }

    /** Records how far the replay of {@code name} has got, on disk before it returns. */
    public void record(String name, Entry entry) {
        Objects.requireNonNull(entry, "entry");
        if (name.contains("\t") || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("a replayed file's name has no tab or line end: " + name);
        }
        String line = name + "\t" + entry.position().bytes() + "\t" + entry.position().lines() + "\t"
                + (entry.done() ? DONE : OPEN) + "\n";
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + name + " in the replay ledger " + file.toAbsolutePath(), e);
        }
        entries.put(name, entry);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the replay ledger " + file.toAbsolutePath(), e);
        }
    }
}
