package uk.gov.safeguarding.deploy;

import java.util.HashMap;
import java.util.Map;

/** What every benchmark of the suite reads from its command line and says of the machine it ran on. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** {@code --name=value} and {@code --flag} (as "true"). */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--")) {
                options.put(arg.substring(2), "true");
            }
        }
        return options;
    }

    /** The report's machine line: cores, CPU, memory and Java, then what ran where. */
    static String machine(String setup) {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + ContactsBenchmark.cpuModel() + ", "
                + ContactsBenchmark.memoryGiB() + " GiB; Java " + System.getProperty("java.version") + "; " + setup;
    }

    /** The value at {@code percentile} (nearest rank) of the timings. */
    static long percentile(java.util.List<Long> nanos, int percentile) {
        java.util.List<Long> sorted = new java.util.ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
