package dk.livsmester.localaws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables and queues come from template.yaml itself, and a second provisioning changes nothing. */
class ProvisionerIT {

    @Test
    void createsEveryTableAndQueueOfTheTemplate_idempotently() {
        CfnTemplate template = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        try (LocalDynamo dynamo = LocalDynamo.inMemory(); LocalSqs localSqs = LocalSqs.start();
             DynamoDbClient ddb = dynamo.client(); SqsClient sqs = localSqs.client()) {
            Provisioner.Resources first = Provisioner.provision(template, ddb, sqs);
            Provisioner.Resources second = Provisioner.provision(template, ddb, sqs);
            assertEquals(first.queueUrls(), second.queueUrls());
            assertTrue(ddb.listTables().tableNames().containsAll(first.tableNames().values()));
            assertEquals(template.tables().size(), ddb.listTables().tableNames().size());
            String redrive = sqs.getQueueAttributes(b -> b.queueUrl(first.queueUrls().get("ReviewQueue"))
                    .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
            assertTrue(redrive.contains("ReviewDeadLetterQueue"), redrive);
            Map<String, String> env = first.resolve(template.globalFunctionEnvironment());
            assertEquals("ApplicationsTable", env.get("LIVSMESTER_TABLES_APPLICATIONS"));
            assertEquals(first.queueUrls().get("ReviewQueue"), env.get("LIVSMESTER_QUEUES_REVIEW"));
            assertTrue(!env.containsKey("LIVSMESTER_AUTH_ISSUER"), "AWS-only values are left for the runtime to set");
        }
    }
}
