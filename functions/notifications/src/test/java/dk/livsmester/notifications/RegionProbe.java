package dk.livsmester.notifications;

import dk.livsmester.notices.SesMailer;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Run in a child JVM by {@link RegionTest}: starts the functions' bean context with nothing but the process
 * environment and prints the region each AWS client resolved.
 */
public final class RegionProbe {
    public static void main(String[] args) {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            System.out.println("dynamodb=" + ctx.getBean(DynamoDbClient.class).serviceClientConfiguration().region());
            System.out.println("sqs=" + ctx.getBean(SqsClient.class).serviceClientConfiguration().region());
            System.out.println("sesv2=" + ctx.getBean(SesMailer.class).client().serviceClientConfiguration().region());
        }
    }
}
