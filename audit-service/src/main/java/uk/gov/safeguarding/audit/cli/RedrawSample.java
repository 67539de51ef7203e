package uk.gov.safeguarding.audit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.safeguarding.audit.domain.sampling.Population;
import uk.gov.safeguarding.audit.domain.sampling.Redraw;
import uk.gov.safeguarding.audit.domain.sampling.SampleFile;

/**
 * Re-draws an exported sample offline (GET /api/v1/samples/{id}/export) with the JDK alone and says whether
 * the population's hash and every drawn case match: {@code tools/sampling/redraw.sh sample.txt}.
 */
public final class RedrawSample {

    private RedrawSample() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: redraw <exported sample file>");
            System.exit(2);
        }
        SampleFile file;
        try {
            file = SampleFile.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unreadable) {
            System.out.println("NOT VERIFIED: " + unreadable.getMessage());
            System.exit(2);
            return;
        }
        Redraw.Result result = Redraw.check(new Population(file.population()), file.populationSha256(), file.seed(),
                file.drawn());
        System.out.println("population: " + file.population().size() + " cases, SHA-256 " + result.populationSha256()
                + (result.populationMatches() ? " (as recorded)" : " (recorded " + file.populationSha256() + ")"));
        result.differences().forEach(d -> System.out.println("rank " + d.rank() + ": recorded " + d.recorded()
                + ", drawn again " + d.redrawn()));
        System.out.println(result.matches() ? "VERIFIED: the same " + file.drawn().size() + " cases, in the same order"
                : "NOT VERIFIED");
        System.exit(result.matches() ? 0 : 1);
    }
}
