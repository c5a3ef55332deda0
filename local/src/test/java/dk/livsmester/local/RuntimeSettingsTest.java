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
    void parameters_areKeyValuePairs() {
        assertEquals(Map.of("MailFrom", "a@b.example", "Stage", "test"),
                RuntimeSettings.parseParameters("  MailFrom=a@b.example   Stage=test "));
        assertEquals(Map.of(), RuntimeSettings.parseParameters(""));
        assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.parseParameters("MailFrom"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeSettings.parseParameters("=x"));
    }
}
