package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.Intrinsic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a template value is resolved locally, as CloudFormation would: a literal; {@code !Ref X};
 * {@code !GetAtt X.Attr}; {@code !Sub} in both forms, with {@code ${X}}, {@code ${X.Attr}}, its own variables and
 * {@code ${!Literal}}. What X means is the caller's {@link Lookup} (the local resources, parameters, user pools).
 * Anything it cannot give, or any other function, resolves to nothing, so AWS-only values are left out rather than
 * half resolved. {@code Fn::If} is decided before, by {@link TemplateConditions#decideIfs}.
 */
public final class IntrinsicResolver {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    /** A {@code ${X}} or {@code ${X.Attr}} of a Sub, X captured; not a {@code ${!Literal}}. */
    private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([^}.!]+)(\\.[^}]+)?}");

    /** What {@code !Ref} and {@code !GetAtt} of a logical id (or a parameter or pseudo parameter) give here. */
    public interface Lookup {
        Optional<String> ref(String id);

        default Optional<String> getAtt(String id, String attribute) {
            return Optional.empty();
        }
    }

    private final Lookup lookup;

    public IntrinsicResolver(Lookup lookup) {
        this.lookup = lookup;
    }

    /** A resolver that knows only {@code !Ref}s, by name. */
    public static IntrinsicResolver of(Map<String, String> refs) {
        return new IntrinsicResolver(id -> Optional.ofNullable(refs.get(id)));
    }

    /** One template value resolved, or empty when nothing local can give it (a map or list is not one value). */
    public Optional<String> value(Object v) {
        if (v == null || v instanceof Map<?, ?> || v instanceof List<?>) {
            return Optional.empty();
        }
        if (!(v instanceof Intrinsic i)) {
            return Optional.of(String.valueOf(v));
        }
        return switch (i.function()) {
            case "Ref" -> lookup.ref(String.valueOf(i.argument()));
            case "GetAtt" -> getAtt(String.valueOf(i.argument()));
            case "Sub" -> sub(i.argument());
            default -> Optional.empty();
        };
    }

    private Optional<String> getAtt(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? Optional.empty() : lookup.getAtt(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    private Optional<String> sub(Object argument) {
        String template;
        Map<String, Object> variables = Map.of();
        if (argument instanceof List<?> l && l.size() == 2) {
            template = String.valueOf(l.get(0));
            variables = CfnTemplate.map(l.get(1));
        } else {
            template = String.valueOf(argument);
        }
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Optional<String> value;
            if (name.startsWith("!")) {
                value = Optional.of("${" + name.substring(1) + "}");
            } else if (variables.containsKey(name)) {
                value = value(variables.get(name));
            } else if (name.contains(".")) {
                value = getAtt(name);
            } else {
                value = lookup.ref(name);
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** What a value refers to: a Ref's or GetAtt's logical id, or the X of each {@code ${X}} / {@code ${X.Attr}} of a Sub. */
    public static Set<String> referencedIds(Object value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof Intrinsic i) {
            if (i.function().equals("Sub")) {
                Object arg = i.argument() instanceof List<?> l && !l.isEmpty() ? l.get(0) : i.argument();
                Matcher m = SUB_REFERENCE.matcher(String.valueOf(arg));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            } else {
                ids.add(i.logicalId());
            }
        }
        return ids;
    }
}
