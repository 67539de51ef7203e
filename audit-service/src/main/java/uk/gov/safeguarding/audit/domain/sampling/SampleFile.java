package uk.gov.safeguarding.audit.domain.sampling;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample as a text file anyone can re-draw from, with this suite's command or with consistent_sampler
 * itself: a header line, then {@code key value} lines (algorithm, seed, size, population-sha256), the
 * population one id a line, and the drawn cases as {@code rank id ticket}.
 */
public record SampleFile(String algorithm, String algorithmVersion, String seed, int size, String populationSha256,
                         List<String> population, List<DipSample.Ticket> drawn) {

    public static final String HEADER = "safeguarding-suite dip-sample v1";

    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("algorithm ").append(algorithm).append('\n');
        out.append("algorithm-version ").append(algorithmVersion).append('\n');
        out.append("seed ").append(seed).append('\n');
        out.append("size ").append(size).append('\n');
        out.append("population-sha256 ").append(populationSha256).append('\n');
        out.append("population ").append(population.size()).append('\n');
        population.forEach(id -> out.append(id).append('\n'));
        out.append("drawn ").append(drawn.size()).append('\n');
        for (int i = 0; i < drawn.size(); i++) {
            out.append(i + 1).append(' ').append(drawn.get(i).caseId()).append(' ').append(drawn.get(i).number()).append('\n');
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not a sample file */
    public static SampleFile parse(String text) {
        String[] lines = text.split("\n", -1);
        int at = 0;
        if (!lines[at++].equals(HEADER)) {
            throw new IllegalArgumentException("A sample file starts '" + HEADER + "'");
        }
        String algorithm = value(lines[at++], "algorithm");
        String version = value(lines[at++], "algorithm-version");
        String seed = value(lines[at++], "seed");
        int size = Integer.parseInt(value(lines[at++], "size"));
        String hash = value(lines[at++], "population-sha256");
        int count = Integer.parseInt(value(lines[at++], "population"));
        List<String> population = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            population.add(lines[at++]);
        }
        int drawnCount = Integer.parseInt(value(lines[at++], "drawn"));
        List<DipSample.Ticket> drawn = new ArrayList<>(drawnCount);
        for (int i = 0; i < drawnCount; i++) {
            String[] cells = lines[at++].split(" ");
            if (cells.length != 3 || Integer.parseInt(cells[0]) != i + 1) {
                throw new IllegalArgumentException("Drawn case " + (i + 1) + " is 'rank id ticket'");
            }
            drawn.add(new DipSample.Ticket(cells[1], cells[2]));
        }
        return new SampleFile(algorithm, version, seed, size, hash, population, drawn);
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalArgumentException("Expected '" + key + " …', found '" + line + "'");
        }
        return line.substring(key.length() + 1);
    }
}
