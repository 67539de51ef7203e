package uk.gov.safeguarding.chassis.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Names a Bean Validation property path the way a caller wrote the field. */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** {@code recordContact.body.children[0].childRef} becomes {@code children[0].childRef}. */
    public static String of(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a list element's index on the node after the list: children, [0]childRef.
            if (node.isInIterable() && !parts.isEmpty()) {
                int last = parts.size() - 1;
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    parts.set(last, parts.get(last) + "[" + key + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return String.join(".", parts);
    }
}
