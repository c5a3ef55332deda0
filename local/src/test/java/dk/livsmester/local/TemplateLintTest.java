package dk.livsmester.local;

import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * AWS's own linter on template.yaml: cfn-lint runs the real SAM transform and CloudFormation's resource schemas, so a
 * finding here is a deployment that would fail (or a runtime past its end of life). Zero errors and zero warnings.
 */
class TemplateLintTest {

    @Test
    void cfnLint_findsNoErrorAndNoWarning() throws IOException, InterruptedException {
        Path template = CfnTemplate.locate(Path.of(""));
        Process p;
        try {
            p = new ProcessBuilder("cfn-lint", "--format", "parseable", "-t", template.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            fail("cfn-lint is not installed: python3 -m pip install 'cfn-lint==1.51.0' (.ci/run does it)");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cfn-lint did not finish");
        List<String> findings = out.lines().filter(l -> l.matches(".*:[EW]\\d{4}:.*")).toList();
        assertEquals(List.of(), findings, "cfn-lint on " + template + ":\n" + out);
        assertEquals(0, p.exitValue(), "cfn-lint exit code; it said:\n" + out);
    }
}
