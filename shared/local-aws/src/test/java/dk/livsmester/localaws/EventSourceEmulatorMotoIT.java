package dk.livsmester.localaws;

import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The event-source emulator against moto's SQS: the redrive policy and visibility timeout as another model has them. */
class EventSourceEmulatorMotoIT extends EventSourceEmulatorChecks {
    private MotoServer moto;

    @Override
    SqsClient start() {
        try {
            moto = MotoServer.start(Files.createTempDirectory("moto-esm"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Ports.local(SqsClient.builder(), moto.endpoint()).build();
    }

    @Override
    void stop() {
        moto.close();
    }
}
