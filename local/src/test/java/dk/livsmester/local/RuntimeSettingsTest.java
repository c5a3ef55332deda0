package dk.livsmester.local;

import dk.livsmester.localaws.LocalAws;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The runtime's switches: which emulators, and the template's parameters as sam deploy takes them. */
class RuntimeSettingsTest {

    @Test
    void theEngine_isInProcessUnlessMotoIsAskedFor() {
        assertEquals(LocalAws.Engine.IN_PROCESS, LocalAws.Engine.of(null));
        assertEquals(LocalAws.Engine.IN_PROCESS, LocalAws.Engine.of("in-process"));
        assertEquals(LocalAws.Engine.MOTO, LocalAws.Engine.of("moto"));
        assertThrows(IllegalArgumentException.class, () -> LocalAws.Engine.of("localstack"));
    }

    @Test
    void theQueues_areKeptInTheDataFolder_unlessMemoryIsAskedFor() {
        assertEquals(RuntimeSettings.Queues.KEPT, RuntimeSettings.Queues.of(null));
        assertEquals(RuntimeSettings.Queues.KEPT, RuntimeSettings.Queues.of("kept"));
        assertEquals(RuntimeSettings.Queues.MEMORY, RuntimeSettings.Queues.of("memory"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.Queues.of("disk"));
        java.nio.file.Path data = java.nio.file.Path.of("/tmp/x");
        assertEquals(data.resolve("elasticmq"), new RuntimeSettings(0, data, data, LocalAws.Engine.IN_PROCESS, Map.of(),
                RuntimeSettings.Queues.KEPT).queuesDir());
        assertEquals(null, new RuntimeSettings(0, data, data).queuesDir(), "runtimes inside a test's JVM");
    }

    @Test
    void parameters_areKeyValuePairs() {
        assertEquals(Map.of("MailFrom", "a@b.example", "Stage", "test"),
                RuntimeSettings.parseParameters("  MailFrom=a@b.example   Stage=test "));
        assertEquals(Map.of(), RuntimeSettings.parseParameters(""));
        assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.parseParameters("MailFrom"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.parseParameters("=x"));
    }
}
