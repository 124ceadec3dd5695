package id.antreanonline.farmasi.service;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The ticket as a PDF for a re-print from the console (OpenPDF): one page as wide as the thermal roll (58 or 80 mm)
 * and exactly as long as the ticket, black on white, the QR code drawn as vector squares so it prints sharp.
 */
public final class TicketPdf {

    /** Paper widths the ticket is laid out for, in millimetres. */
    public enum Width {
        MM58(58, 3, 0.78f), MM80(80, 4, 1f);

        final float paper;
        final float margin;
        /** type and QR code shrink with the narrower roll */
        final float scale;

        Width(float paper, float margin, float scale) {
            this.paper = paper;
            this.margin = margin;
            this.scale = scale;
        }

        public static Width of(String lebar) {
            if (lebar == null || lebar.isBlank() || "80".equals(lebar.trim())) {
                return MM80;
            }
            if ("58".equals(lebar.trim())) {
                return MM58;
            }
            throw new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST, "lebar harus 58 atau 80 (mm)"));
        }
    }

    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Long enough for any ticket; the first pass only measures. */
    private static final float DRAFT_LENGTH = 600 * POINTS_PER_MM;

    private TicketPdf() {
    }

    public static byte[] render(Ticket ticket, Width width) {
        float length = DRAFT_LENGTH - layOut(ticket, width, DRAFT_LENGTH, new ByteArrayOutputStream()).end()
                + width.margin * POINTS_PER_MM;
        // the measure is close, not exact (an image keeps some room below it): lengthen until it fits one page
        while (true) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            if (layOut(ticket, width, length, pdf).pages() == 1 || length > DRAFT_LENGTH) {
                return pdf.toByteArray();
            }
            length += 4 * POINTS_PER_MM;
        }
    }

    /** Where the last line ended (from the bottom of the last page), and on how many pages. */
    private record Laid(float end, int pages) {
    }

    /** Writes the ticket on pages of this length. */
    private static Laid layOut(Ticket t, Width w, float length, ByteArrayOutputStream out) {
        float margin = w.margin * POINTS_PER_MM;
        Document doc = new Document(new Rectangle(w.paper * POINTS_PER_MM, length), margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Tiket antrean " + t.nomorantrean());
        doc.addCreator("Antrean Online RS");
        doc.open();
        line(doc, t.rumahSakit(), 11 * w.scale, Font.BOLD, 2);
        line(doc, "NOMOR ANTREAN", 8 * w.scale, Font.NORMAL, 0);
        line(doc, t.nomorantrean(), 34 * w.scale, Font.BOLD, 4);
        line(doc, t.namapoli(), 11 * w.scale, Font.BOLD, 0);
        line(doc, t.namadokter(), 9 * w.scale, Font.NORMAL, 0);
        line(doc, "Jam praktik " + t.jampraktek(), 9 * w.scale, Font.NORMAL, 0);
        if (t.estimasi() != null) {
            line(doc, "Perkiraan dilayani " + t.estimasi() + " WIB", 9 * w.scale, Font.BOLD, 0);
        }
        line(doc, t.tanggal(), 9 * w.scale, Font.NORMAL, 4);
        doc.add(qr(writer, TicketQr.of(t.kodebooking()), 40 * w.scale * POINTS_PER_MM));
        line(doc, "Kode booking " + t.kodebooking(), 9 * w.scale, Font.BOLD, 0);
        line(doc, "Simpan tiket ini dan tunggu nomor Anda dipanggil.", 7 * w.scale, Font.NORMAL, 0);
        Laid laid = new Laid(writer.getVerticalPosition(true), writer.getPageNumber());
        doc.close();
        return laid;
    }

    private static void line(Document doc, String text, float size, int style, float after) {
        Paragraph p = new Paragraph(text == null ? "" : text, new Font(Font.HELVETICA, size, style));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(size * 1.2f);
        p.setSpacingAfter(after);
        doc.add(p);
    }

    private static Image qr(PdfWriter writer, TicketQr code, float side) {
        PdfTemplate modules = writer.getDirectContent().createTemplate(code.size(), code.size());
        modules.setGrayFill(0);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.dark(x, y)) {
                    // PDF's y runs upwards
                    modules.rectangle(x, code.size() - y - 1, 1, 1);
                }
            }
        }
        modules.fill();
        Image image = Image.getInstance(modules);
        image.scaleAbsolute(side, side);
        image.setAlignment(Image.ALIGN_CENTER);
        return image;
    }
}
