package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.Intrinsic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dk.livsmester.localaws.CfnTemplate.list;
import static dk.livsmester.localaws.CfnTemplate.str;

/**
 * The template's conditions, evaluated for parameter values: Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition over
 * parameters; anything else is refused. Also decides the {@code Fn::If}s of a function's environment.
 */
final class TemplateConditions {
    private final Map<String, Object> conditions;

    TemplateConditions(Map<String, Object> conditions) {
        this.conditions = conditions;
    }

    /** Whether a resource's condition holds for these parameter values (no condition: it does). */
    boolean holds(String condition, Map<String, String> refs) {
        if (condition == null) {
            return true;
        }
        Object c = conditions.get(condition);
        if (c == null) {
            throw new IllegalStateException("The template declares no condition " + condition);
        }
        return evaluate(c, refs);
    }

    /**
     * The environment with every {@code Fn::If} decided as CloudFormation decides it for these parameter values (the
     * branch of the condition that holds; {@code AWS::NoValue} drops the variable), so the resolver sees plain values.
     */
    Map<String, Object> decideIfs(Map<String, Object> environment, Map<String, String> parameters) {
        Map<String, Object> out = new LinkedHashMap<>();
        environment.forEach((k, v) -> {
            Object chosen = v;
            while (chosen instanceof Intrinsic i && i.function().equals("If")) {
                List<Object> args = list(i.argument());
                chosen = holds(str(args.get(0)), parameters) ? args.get(1) : args.get(2);
            }
            if (!(chosen instanceof Intrinsic i && i.function().equals("Ref") && "AWS::NoValue".equals(i.argument()))) {
                out.put(k, chosen);
            }
        });
        return out;
    }

    private boolean evaluate(Object c, Map<String, String> refs) {
        if (!(c instanceof Intrinsic i)) {
            throw new IllegalStateException("Not a condition: " + c);
        }
        List<Object> args = list(i.argument());
        return switch (i.function()) {
            case "Equals" -> Objects.equals(value(args.get(0), refs), value(args.get(1), refs));
            case "Not" -> !evaluate(args.get(0), refs);
            case "And" -> args.stream().allMatch(a -> evaluate(a, refs));
            case "Or" -> args.stream().anyMatch(a -> evaluate(a, refs));
            case "Condition" -> holds(str(i.argument()), refs);
            default -> throw new IllegalStateException("Condition function not evaluated locally: " + i.function());
        };
    }

    private static String value(Object o, Map<String, String> refs) {
        return IntrinsicResolver.of(refs).value(o).orElseThrow(
                () -> new IllegalStateException("A condition's value cannot be resolved locally: " + o));
    }
}
