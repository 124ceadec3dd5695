package id.antreanonline.farmasi.service;

import io.nayuki.qrcodegen.QrCode;

/**
 * The kodebooking as a QR code (Nayuki's qrcodegen: plain Java, no reflection or AWT, so it stays native-friendly),
 * with the four-module quiet zone a scanner needs around it.
 */
public final class TicketQr {

    public static final int QUIET_ZONE = 4;

    private final QrCode code;

    private TicketQr(QrCode code) {
        this.code = code;
    }

    public static TicketQr of(String text) {
        // medium error correction survives a smudged thermal print and keeps the modules large
        return new TicketQr(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
    }

    /** Modules along a side, quiet zone included. */
    public int size() {
        return code.size + 2 * QUIET_ZONE;
    }

    /** Whether the module at x, y (quiet zone included, from the top left) is dark. */
    public boolean dark(int x, int y) {
        return code.getModule(x - QUIET_ZONE, y - QUIET_ZONE);
    }

    /** An SVG of one black path on white, one unit a module, scaled by whoever shows it. */
    public String svg() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (dark(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size() + " " + size()
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"Kode QR kode booking\">"
                + "<rect width=\"" + size() + "\" height=\"" + size() + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
