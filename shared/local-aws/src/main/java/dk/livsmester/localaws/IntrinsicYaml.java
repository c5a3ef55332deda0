package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The YAML constructor that turns every {@code !Tag value} into an {@link Intrinsic}, so CloudFormation's short forms parse. */
final class IntrinsicYaml extends SafeConstructor {
    IntrinsicYaml() {
        super(new LoaderOptions());
        this.yamlMultiConstructors.put("!", new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
                String fn = node.getTag().getValue().substring(1);
                Object arg;
                if (node instanceof ScalarNode s) {
                    arg = constructScalar(s);
                } else if (node instanceof SequenceNode s) {
                    arg = constructSequence(s);
                } else {
                    arg = constructMapping((MappingNode) node);
                }
                return new Intrinsic(fn, arg);
            }
        });
    }
}
