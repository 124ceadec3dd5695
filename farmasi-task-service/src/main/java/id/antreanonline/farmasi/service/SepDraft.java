package id.antreanonline.farmasi.service;

import static id.antreanonline.farmasi.service.SepForm.object;
import static id.antreanonline.farmasi.service.SepForm.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.farmasi.client.Booking;

/**
 * A SEP 2.0 insert prefilled from the booking, the member, the referral and the schedule, and what the clerk must
 * still fill. {@code request}: {@code {t_sep}}, what the clerk completes and sends back as {@code {"request": ...}}.
 * {@code rujukan}: BPJS's referral with {@code asalRujukan} (1 FKTP, 2 RS) added, or null when BPJS does
 * not know it; {@code suratKontrol}: for a control visit (jeniskunjungan 3), the letter it names, or null.
 */
public record SepDraft(JsonNode peserta, JsonNode rujukan, JsonNode suratKontrol, ObjectNode request,
        List<String> missing) {

    /** BPJS's referral and where it came from: asalRujukan 1 (primary care) or 2 (a hospital). */
    record Referral(String asalRujukan, JsonNode rujukan) {

        JsonNode view() {
            ObjectNode copy = rujukan.deepCopy();
            copy.put("asalRujukan", asalRujukan);
            return copy;
        }
    }

    static SepDraft of(Booking booking, String tglSep, Optional<String> ppkCode, JsonNode peserta, Referral referral,
            JsonNode letter, String user) {
        ObjectNode t = SepForm.JSON.objectNode();
        t.put("noKartu", booking.nomorkartu());
        t.put("tglSep", tglSep);
        t.put("ppkPelayanan", ppkCode.orElse(""));
        t.put("jnsPelayanan", "2");
        t.set("klsRawat", object("klsRawatHak", text(peserta.path("hakKelas"), "kode"), "klsRawatNaik", "",
                "pembiayaan", "", "penanggungJawab", ""));
        t.put("noMR", booking.norm());
        t.set("rujukan", rujukanFields(referral, letter));
        t.put("catatan", "");
        t.put("diagAwal", diagnosis(referral, letter));
        t.set("poli", object("tujuan", booking.kodepoli(), "eksekutif", "0"));
        t.set("cob", object("cob", "0"));
        t.set("katarak", object("katarak", "0"));
        t.set("jaminan", object("lakaLantas", "0", "noLP", "", "penjamin", object("tglKejadian", "", "keterangan", "",
                "suplesi", object("suplesi", "0", "noSepSuplesi", "", "lokasiLaka",
                        object("kdPropinsi", "", "kdKabupaten", "", "kdKecamatan", "")))));
        List<String> missing = new ArrayList<>();
        if (booking.control()) {
            // a control visit: "konsul dokter" for "tujuan kontrol" (assesmentPel 5), on the letter the booking names
            t.put("tujuanKunj", "2");
            t.put("flagProcedure", "");
            t.put("kdPenunjang", "");
            t.put("assesmentPel", "5");
            String dpjp = letter == null || text(letter, "kodeDokter").isEmpty() ? booking.kodedokter()
                    : text(letter, "kodeDokter");
            t.set("skdp", object("noSurat", booking.nomorreferensi(), "kodeDPJP", dpjp));
        } else {
            t.put("tujuanKunj", "0");
            t.put("flagProcedure", "");
            t.put("kdPenunjang", "");
            t.put("assesmentPel", "");
            t.set("skdp", object("noSurat", "", "kodeDPJP", ""));
            String poliRujukan = referral == null ? "" : text(referral.rujukan().path("poliRujukan"), "kode");
            if (!poliRujukan.isEmpty() && !poliRujukan.equalsIgnoreCase(booking.kodepoli())) {
                // another poli than the referral's: BPJS wants the reason (assesmentPel 1 to 4)
                missing.add("assesmentPel");
            }
        }
        t.put("dpjpLayan", booking.kodedokter());
        t.put("noTelp", booking.nohp() == null || booking.nohp().isBlank()
                ? text(peserta.path("mr"), "noTelepon") : booking.nohp());
        t.put("user", user);
        missing.addAll(0, SepForm.missing(t));
        return new SepDraft(peserta, referral == null ? null : referral.view(), letter, object("t_sep", t), missing);
    }

    /** The referral's fields; for a control visit whose referral BPJS no longer shows, its letter's SEP's. */
    private static ObjectNode rujukanFields(Referral referral, JsonNode letter) {
        if (referral != null) {
            JsonNode r = referral.rujukan();
            return object("asalRujukan", referral.asalRujukan(), "tglRujukan", text(r, "tglKunjungan"), "noRujukan",
                    text(r, "noKunjungan"), "ppkRujukan", text(r.path("provPerujuk"), "kode"));
        }
        JsonNode perujuk = letter == null ? null : letter.path("sep").path("provPerujuk");
        return object("asalRujukan", text(perujuk, "asalRujukan"), "tglRujukan", text(perujuk, "tglRujukan"),
                "noRujukan", text(perujuk, "noRujukan"), "ppkRujukan", text(perujuk, "kdProviderPerujuk"));
    }

    /** The referral's diagnosis code; for a control visit without it, the code of its letter's SEP's diagnosis. */
    private static String diagnosis(Referral referral, JsonNode letter) {
        if (referral != null) {
            return text(referral.rujukan().path("diagnosa"), "kode");
        }
        String label = letter == null ? "" : text(letter.path("sep"), "diagnosa");
        int dash = label.indexOf(" - ");
        return dash > 0 ? label.substring(0, dash).trim() : label;
    }
}
