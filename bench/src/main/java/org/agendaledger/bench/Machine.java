package org.agendaledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run measured on, as the report describes it, and a process's memory and CPU as Linux counts them. */
final class Machine {

    /** Clock ticks per second of /proc/[pid]/stat on Linux. */
    private static final double TICKS = 100.0;

    private Machine() {
    }

    static String describe() {
        String cpu = line(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^model name\\s*:\\s*", "");
        String memory = line(Path.of("/proc/meminfo"), "MemTotal").replaceAll("\\D+", "");
        long gib = memory.isEmpty() ? 0 : Math.round(Long.parseLong(memory) / 1024.0 / 1024.0);
        return "%s, %d cores, %d GiB; %s %s; Java %s (%s)".formatted(cpu.isEmpty() ? "unknown CPU" : cpu,
                Runtime.getRuntime().availableProcessors(), gib, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    /** The resident memory of the process, in MiB (VmRSS). */
    static double residentMiB(long pid) {
        String rss = line(Path.of("/proc/" + pid + "/status"), "VmRSS").replaceAll("\\D+", "");
        return rss.isEmpty() ? Double.NaN : Long.parseLong(rss) / 1024.0;
    }

    /** The CPU time the process (all its threads) has used, in seconds. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime field 14 and stime field 15 of the whole line
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String line(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
