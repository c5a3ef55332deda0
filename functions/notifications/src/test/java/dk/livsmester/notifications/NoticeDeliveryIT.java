package dk.livsmester.notifications;

import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.notices.NoticeChannel;
import dk.livsmester.notices.NoticeService;
import dk.livsmester.notices.NoticesConfig;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.testing.TestStack;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two deliveries of one notice at the same time (a queue's duplicate beside the sweep), on DynamoDB Local. */
class NoticeDeliveryIT {
    /** An SMS channel that counts its deliveries and holds the first until told. */
    static final class HeldChannel implements NoticeChannel {
        final AtomicInteger delivered = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void deliver(Notice notice, String address, boolean english) {
            delivered.incrementAndGet();
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void twoDeliveriesAtOnce_sendOneSms_andTheNoticeEndsSent() throws Exception {
        try (TestStack stack = TestStack.start();
             ApplicationContext ctx = ApplicationContext.run(new java.util.HashMap<String, Object>(stack.aws().properties()))) {
            NoticeStore store = ctx.getBean(NoticeStore.class);
            String citizen = TestStack.CITIZEN.subject();
            store.savePreference(new NoticePreference.Form(true, Channel.SMS, "da", null, "+45 12 34 56 78")
                    .by(citizen, Instant.now()));
            HeldChannel sms = new HeldChannel();
            NoticeService service = new NoticeService(store, List.of(sms), ctx.getBean(NoticesConfig.class), Clock.systemUTC());
            Notice draft = Notice.of(NoticeKind.LETTER, dk.livsmester.domain.Ids.newId("app") + "#SUBMITTED", citizen,
                    "app-x", "Brev", "Letter", "Du har fået et brev.", "You have a letter.", "/status.html", Instant.now());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Notice> first = pool.submit(() -> service.send(draft));
                assertTrue(sms.entered.await(30, TimeUnit.SECONDS), "the first delivery reached the channel");
                Notice second = pool.submit(() -> service.send(draft)).get(30, TimeUnit.SECONDS);
                assertEquals(Notice.Status.PENDING, second.status(), "the second found it held and left it");
                sms.release.countDown();
                assertEquals(Notice.Status.SENT, first.get(30, TimeUnit.SECONDS).status());
            } finally {
                sms.release.countDown();
                pool.shutdownNow();
            }
            assertEquals(1, sms.delivered.get(), "one SMS for two deliveries at once");
            assertEquals(Notice.Status.SENT, store.find(draft.id()).orElseThrow().status());
            assertEquals(Notice.Status.SENT, service.send(draft).status(), "a later delivery finds it sent");
            assertEquals(1, sms.delivered.get());
        }
    }
}
