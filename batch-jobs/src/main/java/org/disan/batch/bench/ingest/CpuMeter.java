package org.disan.batch.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.LongStream;

/**
 * CPU time used so far by this JVM and every process it started: parser workers still running,
 * and ffmpeg runs and workers that have ended. On a machine shared with other work, wall times
 * swing with the load, while the CPU time a piece of work needs barely moves; comparing CPU
 * seconds keeps a ratio meaningful when the machine is busy.
 */
final class CpuMeter {

    /** Linux reports ended children's time in clock ticks; 100 a second on every common kernel. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path SELF_STAT = Path.of("/proc/self/stat");

    private CpuMeter() {}

    /** CPU seconds so far, or NaN where the JVM cannot tell its own CPU time. */
    static double seconds() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
                || os.getProcessCpuTime() < 0) {
            return Double.NaN;
        }
        double own = os.getProcessCpuTime() / 1e9;
        double running = ProcessHandle.current().descendants()
                .mapToDouble(child -> child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9)
                .sum();
        return own + running + endedChildren();
    }

    /**
     * CPU seconds so far of the JIT compiler threads and of the garbage collector's threads, in
     * this JVM and its running child JVMs (parser processes): work that a warm, steady ingest no
     * longer does much of, unlike the files' own. Zeros where {@code /proc} cannot be read.
     */
    static Upkeep upkeep() {
        double jit = 0;
        double gc = 0;
        for (long pid : LongStream.concat(LongStream.of(ProcessHandle.current().pid()),
                ProcessHandle.current().descendants().mapToLong(ProcessHandle::pid)).toArray()) {
            try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    if (name.contains("CompilerThre")) {
                        jit += cpu;
                    } else if (name.startsWith("GC Thread") || name.equals("VM Thread")) {
                        gc += cpu;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A process or thread that ended meanwhile: its time is no longer upkeep to count.
            }
        }
        return new Upkeep(jit, gc);
    }

    /** CPU seconds of JIT compiler threads and of collector threads (with the VM thread, where serial pauses run). */
    record Upkeep(double jitSeconds, double gcSeconds) {
        Upkeep since(Upkeep start) {
            return new Upkeep(jitSeconds - start.jitSeconds, gcSeconds - start.gcSeconds);
        }
    }

    /** cutime + cstime of /proc/self/stat: the CPU of children that ended and were waited for. */
    private static double endedChildren() {
        try {
            String stat = Files.readString(SELF_STAT);
            // The command name in brackets may hold spaces; the fields counted here follow it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
