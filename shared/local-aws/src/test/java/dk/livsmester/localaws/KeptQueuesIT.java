package dk.livsmester.localaws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F11, the local half: ElasticMQ keeps the template's queues and their messages in the data folder. After a stop and a
 * start on the same folder (provisioned again from template.yaml, as the runtime does) every acknowledged message that
 * was not deleted is there: the ones never received, and the one in flight once its visibility timeout passes.
 */
class KeptQueuesIT {
    static final CfnTemplate TEMPLATE = CfnTemplate.load(CfnTemplate.locate(Path.of("")));

    static List<Message> receive(SqsClient sqs, String url, int visibilitySeconds) {
        return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                .visibilityTimeout(visibilitySeconds).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    @Test
    void messagesSurviveAStopAndAStart_includingTheOneInFlight() throws Exception {
        Path data = Files.createTempDirectory("kept-queues");
        String url;
        Set<String> expected = new TreeSet<>(Set.of("one", "two", "three", "four", "five"));
        try (LocalAws aws = LocalAws.persistent(TEMPLATE, data, data.resolve("elasticmq"))) {
            url = aws.queueUrl("ReviewQueue");
            for (String body : List.of("one", "two", "three", "four")) {
                aws.sqs().sendMessage(b -> b.queueUrl(url).messageBody(body));
            }
            List<Message> first = new ArrayList<>(receive(aws.sqs(), url, 2));
            while (first.size() < 4) {
                first.addAll(receive(aws.sqs(), url, 2));
            }
            // Received all four: two deleted (processed), two left in flight as a crash would leave them.
            aws.sqs().deleteMessage(b -> b.queueUrl(url).receiptHandle(first.get(0).receiptHandle()));
            aws.sqs().deleteMessage(b -> b.queueUrl(url).receiptHandle(first.get(1).receiptHandle()));
            expected.remove(first.get(0).body());
            expected.remove(first.get(1).body());
            aws.sqs().sendMessage(b -> b.queueUrl(url).messageBody("five"));
        }
        try (LocalAws again = LocalAws.persistent(TEMPLATE, data, data.resolve("elasticmq"))) {
            assertEquals(url, again.queueUrl("ReviewQueue").replaceAll(":\\d+/", ":" + port(url) + "/"),
                    "the same queue, provisioned again");
            String now = again.queueUrl("ReviewQueue");
            Set<String> bodies = new TreeSet<>();
            long until = System.currentTimeMillis() + 20_000;
            while (bodies.size() < 3 && System.currentTimeMillis() < until) {
                for (Message m : receive(again.sqs(), now, 30)) {
                    bodies.add(m.body());
                    if (!m.body().equals("five")) {
                        assertEquals("2", m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT),
                                "the in-flight message comes back as a second receive");
                    }
                }
            }
            assertEquals(expected, bodies, "the two in flight and the one sent last; not the two deleted");
        }
    }

    @Test
    void aSecondKeptElasticMq_inTheSameJvm_isRefused_untilTheFirstCloses() throws Exception {
        Path a = Files.createTempDirectory("kept-a");
        Path b = Files.createTempDirectory("kept-b");
        try (LocalSqs first = LocalSqs.kept(a)) {
            assertThrows(IllegalStateException.class, () -> LocalSqs.kept(b));
        }
        try (LocalSqs second = LocalSqs.kept(b); SqsClient sqs = second.client()) {
            String url = sqs.createQueue(q -> q.queueName("only-in-b")).queueUrl();
            sqs.sendMessage(m -> m.queueUrl(url).messageBody("b"));
        }
        try (LocalSqs first = LocalSqs.kept(a); SqsClient sqs = first.client()) {
            assertTrue(sqs.listQueues().queueUrls().stream().noneMatch(u -> u.endsWith("/only-in-b")),
                    "each folder has its own queues");
        }
    }

    private static String port(String url) {
        return url.replaceAll("^http://[^:]+:(\\d+)/.*$", "$1");
    }
}
