package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by the service, by PostgreSQL and by this JVM (the Kafka broker and the
 * harness), read from Linux's /proc. On two shared cores a benchmark's wall time says little
 * about which part to make cheaper; the split of CPU time does.
 */
record CpuTimes(double service, double postgres, double harness) {

    /** Linux's USER_HZ: 100 on every kernel this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    static CpuTimes now(long servicePid) {
        return new CpuTimes(own(servicePid), postgresServer(), own(ProcessHandle.current().pid()));
    }

    CpuTimes since(CpuTimes start) {
        return new CpuTimes(service - start.service, postgres - start.postgres, harness - start.harness);
    }

    double total() {
        return service + postgres + harness;
    }

    String describe(double wallSeconds) {
        return String.format("service %.0f s, PostgreSQL %.0f s, Kafka broker and harness %.0f s"
                        + " (%.0f s of CPU in %.0f s on %d cores)", service, postgres, harness, total(), wallSeconds,
                Runtime.getRuntime().availableProcessors());
    }

    private static double own(long pid) {
        long[] fields = statFields(pid);
        return fields == null ? 0 : (fields[0] + fields[1]) / TICKS_PER_SECOND;
    }

    /**
     * Live postgres processes' own time, plus the time of the backends that have exited, which the
     * kernel adds to the postmaster's children's time when it reaps them.
     */
    private static double postgresServer() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit) || !"postgres".equals(command(process))) {
                    continue;
                }
                long[] fields = statFields(Long.parseLong(name));
                if (fields != null) {
                    ticks += fields[0] + fields[1];
                    if (fields[4] == 1 || !"postgres".equals(command(Path.of("/proc", Long.toString(fields[4]))))) {
                        ticks += fields[2] + fields[3];
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static String command(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** utime, stime, cutime, cstime and the parent pid, or null if the process is gone. */
    private static long[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces and parentheses: fields are counted after its closing one.
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(after[11]), Long.parseLong(after[12]), Long.parseLong(after[13]),
                    Long.parseLong(after[14]), Long.parseLong(after[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
