package uk.gov.safeguarding.chassis.activity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The children an entry names, each once: beyond {@value #MAX} (a large batch) the first ones are named and
 * the rest counted, so one entry stays a size Kafka takes.
 */
final class ChildRefs {

    static final int MAX = 10_000;

    private final Set<String> named = new LinkedHashSet<>();
    private int omitted;

    static ChildRefs of(Collection<String> refs) {
        ChildRefs children = new ChildRefs();
        children.add(refs);
        return children;
    }

    void add(Collection<String> refs) {
        for (String ref : refs) {
            if (ref == null || named.contains(ref)) {
                continue;
            }
            if (named.size() < MAX) {
                named.add(ref);
            } else {
                omitted++;
            }
        }
    }

    List<String> named() {
        return List.copyOf(named);
    }

    int omitted() {
        return omitted;
    }
}
