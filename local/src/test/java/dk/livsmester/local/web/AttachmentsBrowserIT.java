package dk.livsmester.local.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The upload in the browser: on the application's page the contact person chooses a file (or, on a phone, takes a
 * photo: the second picker has {@code capture}), it goes straight to the presigned URL of the local S3 store (CSP and
 * CORS allowing it), is checked, and shows as ready, and so do the next two sent after it; a file of another type is refused before anything is sent, with
 * what to do; the team opens the ready one from the review page.
 */
class AttachmentsBrowserIT extends BrowserTest {
    @Test
    void theApplicantAttachesAFile_itIsCheckedAndReady_andTheTeamSeesIt() throws Exception {
        String app = Browser.submittedApplication("Karla Toft", "Nye løbesko", "ACTIVITIES", 150_000);
        b.signIn("contact-anders");
        b.go("/status.html?id=" + app);
        b.waitUntil("the upload form", d -> !d.findElements(By.id("att-file")).isEmpty());
        WebElement photo = b.byId("att-photo");
        assertEquals("environment", photo.getAttribute("capture"), "a phone offers its camera");
        assertTrue(b.byId("att-file").getAttribute("accept").contains("image/heic"));

        Path doc = Files.createTempFile("notat", ".docx");
        Files.write(doc, new byte[]{'P', 'K', 3, 4, 0, 0});
        b.byId("att-file").sendKeys(doc.toString());
        b.click(By.id("att-send"));
        b.waitForText(By.id("att-error"), "Filen skal være en PDF eller et billede");

        Path png = Files.createTempFile("tilbud", ".png");
        byte[] bytes = new byte[600];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        Files.write(png, bytes);
        b.byId("att-file").sendKeys(png.toString());
        b.click(By.id("att-send"));
        b.waitForText(By.id("attachments"), "(Klar)");
        assertTrue(b.text(By.id("attachments")).contains(png.getFileName().toString()));

        // More files, one after another: each is checked and ready, not only the first.
        Path pdf = Files.createTempFile("delmaal", ".pdf");
        byte[] pdfBytes = new byte[900];
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdfBytes, 0, 9);
        Files.write(pdf, pdfBytes);
        Path jpeg = Files.createTempFile("udgift", ".jpg");
        byte[] jpegBytes = new byte[700];
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, jpegBytes, 0, 4);
        Files.write(jpeg, jpegBytes);
        for (Path next : new Path[]{pdf, jpeg}) {
            b.byId("att-file").sendKeys(next.toString());
            b.click(By.id("att-send"));
            b.waitForText(By.id("attachments"), next.getFileName().toString());
        }
        b.waitUntil("three files ready", d -> d.findElements(By.cssSelector("#attachments li.attachment[data-state='ready']"))
                .size() == 3);

        b.signIn("team-karim");
        b.go("/review.html?id=" + app);
        b.waitForText(By.id("attachments"), "(Klar)");
        assertEquals(3, b.find(By.id("attachments")).findElements(By.cssSelector(".attachment-open")).size(),
                "the team can open each");
    }
}
