package dk.livsmester.localaws;

import software.amazon.awssdk.services.sqs.SqsClient;

/** The event-source emulator against ElasticMQ in this JVM. */
class EventSourceEmulatorIT extends EventSourceEmulatorChecks {
    private LocalSqs local;

    @Override
    SqsClient start() {
        local = LocalSqs.start();
        return local.client();
    }

    @Override
    void stop() {
        local.close();
    }
}
