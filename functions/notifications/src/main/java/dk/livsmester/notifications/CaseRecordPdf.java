package dk.livsmester.notifications;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.CostLine;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.archive.CaseRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The case record's PDF: the application in the citizen's own words and the decision, with the metadata an archivist
 * files it by. Plain text in Helvetica (WinAnsi covers æ, ø and å), wrapped to the page, more pages as needed. No
 * creation date inside, so the same decision renders the same bytes.
 */
final class CaseRecordPdf {
    private static final float MARGIN = 56;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private CaseRecordPdf() {
    }

    static byte[] render(Application app, CaseRecord r) {
        List<String> lines = new ArrayList<>();
        lines.add("# Sagsakt: ansøgning om Livsmestermidler og afgørelse");
        lines.add("Sag / case: " + r.id());
        lines.add("Ansøgning: " + app.id() + "   Pulje: " + app.poolId() + "   Borgercenter: " + nz(app.citizenCentre()));
        lines.add("Indsendt: " + r.submittedAt() + "   Svarfrist: " + r.dueDate() + "   Afgjort: " + r.decidedAt());
        lines.add("Afgørelse: " + r.outcome() + "   Søgt: " + Money.format(r.requestedOre()) + "   Bevilget: "
                + Money.format(r.grantedOre()));
        lines.add("Begrundelseskoder: " + (r.reasonCodes().isEmpty() ? "-" : String.join(", ", r.reasonCodes())));
        lines.add("Afgjort af: " + nz(r.decidedBy()) + (r.secondApprovedBy() == null ? "" : "   Godkendt også af: " + r.secondApprovedBy()));
        lines.add("");
        lines.add("# Ansøgningen");
        for (Applicant a : app.applicants()) {
            lines.add("Ansøger: " + nz(a.name()) + (a.birthDate() == null ? "" : ", født " + a.birthDate()));
        }
        if (app.contactPerson() != null) {
            lines.add("Kontaktperson: " + nz(app.contactPerson().name()) + " (" + nz(app.contactPerson().role()) + ")");
        }
        if (app.wish() != null) {
            lines.add("Ønske: " + nz(app.wish().headline()));
            lines.add("Beskrivelse: " + nz(app.wish().description()));
            lines.add("Sådan hjælper det: " + nz(app.wish().howItHelps()));
        }
        if (app.subGoal() != null) {
            lines.add("Delmål: " + nz(app.subGoal().text()) + " (" + nz(app.subGoal().lifeTheme()) + ")"
                    + (app.subGoal().baseline() == null ? "" : ", nu " + app.subGoal().baseline())
                    + (app.subGoal().target() == null ? "" : ", mål " + app.subGoal().target()));
        }
        lines.add("Søgt til: " + nz(app.appliedFor()) + (app.category() == null ? "" : " (" + app.category().name() + ")"));
        if (app.period() != null) {
            lines.add("Periode: " + app.period().from() + " til " + app.period().to());
        }
        for (CostLine c : app.costLines() == null ? List.<CostLine>of() : app.costLines()) {
            lines.add("Udgift: " + nz(c.item()) + ", " + Money.format(c.amountOre() == null ? 0 : c.amountOre())
                    + (c.supplier() == null ? "" : ", " + c.supplier()));
        }
        lines.add("");
        lines.add("# Afgørelsen");
        Decision d = app.decision();
        if (d != null) {
            lines.add("Tekst: " + nz(d.text()));
            if (d.suggestedPathDa() != null) {
                lines.add("En anden vej: " + d.suggestedPathDa());
            }
            lines.add(d.noAppeal() ? "Afgørelsen kan ikke påklages." : "");
        }
        return write(lines, r.id());
    }

    private static byte[] write(List<String> lines, String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPageContentStream s = null;
            float y = 0;
            for (String raw : lines) {
                for (String line : wrap(raw)) {
                    if (s == null || y < MARGIN) {
                        if (s != null) {
                            s.endText();
                            s.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        s = new PDPageContentStream(doc, page);
                        s.beginText();
                        y = PDRectangle.A4.getHeight() - MARGIN;
                        s.newLineAtOffset(MARGIN, y);
                    }
                    boolean heading = line.startsWith("# ");
                    s.setFont(heading ? bold : body, heading ? 13 : 10);
                    s.showText(printable(heading ? line.substring(2) : line));
                    s.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
            }
            if (s != null) {
                s.endText();
                s.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            out.add(rest.substring(0, cut));
            rest = "    " + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }

    /** What Helvetica's WinAnsi encoding can show: Danish letters stay, anything else becomes "?". */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF) ? (char) c
                : c == '–' || c == '—' ? '-' : '?'));
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
