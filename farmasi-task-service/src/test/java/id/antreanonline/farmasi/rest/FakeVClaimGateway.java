package id.antreanonline.farmasi.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.antreanonline.farmasi.FakeHttpService;

/**
 * Stands in for vclaim-gateway's {@code /bpjs/vclaim} (GATEWAY_URL), answering as the gateway answers from the BPJS
 * simulator: the decrypted response on 200, a refusal as 422 {source, code, message}, the SEP delete's number as a
 * JSON string. Card {@link #UNKNOWN_CARD} is unknown to BPJS; referrals starting {@code RUJ-FKTP} or {@code RUJ-RS}
 * exist, others not; a SEP insert with diagAwal {@link #REFUSED_DIAGNOSIS} is refused; one with catatan
 * {@link #SILENT} gets no answer (the connection is dropped after the SEP was issued); an SPRI on card
 * {@link #UNKNOWN_CARD} is refused. Every call is kept in
 * {@link #CALLS} ("METHOD path") with its body, and the token it came with in {@link #TOKENS}.
 */
public class FakeVClaimGateway extends FakeHttpService {

    static final String UNKNOWN_CARD = "0000000000000";
    static final String REFUSED_DIAGNOSIS = "X99";
    static final String REFUSAL = "Diagnosa Awal Tidak Ditemukan";
    static final String SILENT = "tanpa jawaban";
    static final String DOCTOR = "31574";
    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static final Map<String, JsonNode> BODIES = new ConcurrentHashMap<>();
    static final List<String> TOKENS = new CopyOnWriteArrayList<>();
    /** SEPs issued: number to its card. */
    static final Map<String, String> SEPS = new ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Override
    protected String urlSetting() {
        return "GATEWAY_URL";
    }

    static long calls(String call, String kodebookingOrNumber) {
        return CALLS.stream().filter(c -> c.equals(call + " " + kodebookingOrNumber)).count();
    }

    @Override
    protected void answer(HttpServer server) {
        for (String operator : List.of("/bpjs/deliveries", "/bpjs/reconcile", "/api/dead-letters")) {
            server.createContext(operator, exchange -> {
                if (!refusedUnlessAdmin(exchange)) {
                    json(exchange, 200, "[]");
                }
            });
        }
        server.createContext("/bpjs/vclaim/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/bpjs/vclaim".length());
            String method = exchange.getRequestMethod();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(new String(raw, StandardCharsets.UTF_8));
            TOKENS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            try {
                answer(exchange, method, path, body);
            } catch (IOException e) {
                exchange.close();
            }
        });
    }

    private void answer(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        String[] p = path.substring(1).split("/");
        JsonNode t = body == null ? null : body.path("request").path("t_sep");
        switch (method + " " + p[0]) {
            case "GET peserta" -> {
                if (p[2].equals(UNKNOWN_CARD)) {
                    refuse(exchange, "Peserta Tidak Ditemukan");
                    return;
                }
                json(exchange, 200, """
                        {"noKartu":"%s","nama":"SITI RAHMAWATI","hakKelas":{"keterangan":"KELAS II","kode":"2"},
                         "statusPeserta":{"keterangan":"AKTIF","kode":"0"},
                         "provUmum":{"kdProvider":"0301U001","nmProvider":"KLINIK PRATAMA SEHAT BERSAMA"},
                         "mr":{"noMR":null,"noTelepon":"081200000000"}}""".formatted(p[2]));
            }
            case "GET rujukan" -> {
                boolean rs = p[1].equals("rs");
                String nomor = rs ? p[2] : p[1];
                if (!nomor.startsWith(rs ? "RUJ-RS" : "RUJ-FKTP")) {
                    refuse(exchange, "Data tidak ditemukan");
                    return;
                }
                json(exchange, 200, """
                        {"rujukan":{"noKunjungan":"%s","tglKunjungan":"2026-01-02",
                         "diagnosa":{"kode":"I10","nama":"I10 - Essential (primary) hypertension"},
                         "poliRujukan":{"kode":"INT","nama":"PENYAKIT DALAM"},
                         "provPerujuk":{"kode":"%s","nama":"PERUJUK"},
                         "pelayanan":{"kode":"2","nama":"Rawat Jalan"},"peserta":{"noKartu":"-"}}}"""
                        .formatted(nomor, rs ? "0301R001" : "0301U001"));
            }
            case "POST sep" -> {
                CALLS.add("POST sep " + t.path("noMR").asText());
                BODIES.put("POST sep " + t.path("noMR").asText(), body);
                pause(800);
                if (t.path("diagAwal").asText().equals(REFUSED_DIAGNOSIS)) {
                    refuse(exchange, REFUSAL);
                    return;
                }
                String noSep = "0301R0110126V" + String.format("%06d", NUMBERS.incrementAndGet());
                SEPS.put(noSep, t.path("noKartu").asText());
                if (t.path("catatan").asText().equals(SILENT)) {
                    pause(3_500);
                    exchange.close();
                    return;
                }
                json(exchange, 200, """
                        {"sep":{"noSep":"%s","tglSep":"%s","diagnosa":"I10 - Essential (primary) hypertension",
                         "poli":"PENYAKIT DALAM","jnsPelayanan":"R.Jalan",
                         "peserta":{"noKartu":"%s","nama":"SITI RAHMAWATI"}}}"""
                        .formatted(noSep, t.path("tglSep").asText(), t.path("noKartu").asText()));
            }
            case "GET sep" -> {
                String card = SEPS.get(p[1]);
                if (card == null) {
                    refuse(exchange, "No.SEP Tidak Ditemukan");
                    return;
                }
                json(exchange, 200, """
                        {"noSep":"%s","tglSep":"2026-01-06","diagnosa":"I10 - Essential (primary) hypertension",
                         "poli":"PENYAKIT DALAM","noRujukan":"RUJ-FKTP-1","peserta":{"noKartu":"%s"}}"""
                        .formatted(p[1], card));
            }
            case "PUT sep", "DELETE sep" -> {
                String noSep = t.path("noSep").asText();
                CALLS.add(method + " " + path.substring(1) + " " + noSep);
                BODIES.put(method + " " + path.substring(1) + " " + noSep, body);
                if (!SEPS.containsKey(noSep)) {
                    refuse(exchange, "No.SEP Tidak Ditemukan");
                    return;
                }
                if (method.equals("DELETE")) {
                    SEPS.remove(noSep);
                }
                json(exchange, 200, "\"" + noSep + "\"");
            }
            case "GET rencanakontrol" -> {
                if (p[1].equals("jadwal")) {
                    json(exchange, 200, """
                            {"list":[{"kodeDokter":"%s","namaDokter":"dr. Uji Kontrol","jadwalPraktek":"08:00 - 12:00",
                             "kapasitas":"20"}]}""".formatted(DOCTOR));
                    return;
                }
                refuse(exchange, "Data tidak ditemukan");
            }
            case "POST rencanakontrol", "PUT rencanakontrol" -> {
                JsonNode r = body.path("request");
                if (p.length > 1 && p[1].equals("spri")) {
                    admissionOrder(exchange, method, r);
                    return;
                }
                String noSep = r.path("noSEP").asText();
                CALLS.add(method + " rencanakontrol " + noSep);
                BODIES.put(method + " rencanakontrol " + noSep, body);
                if (!SEPS.containsKey(noSep)) {
                    refuse(exchange, "No.SEP Tidak Ditemukan");
                    return;
                }
                String nomor = method.equals("POST")
                        ? "0301R0110126K" + String.format("%06d", NUMBERS.incrementAndGet())
                        : r.path("noSuratKontrol").asText();
                ObjectNode answer = JSON.createObjectNode().put("noSuratKontrol", nomor)
                        .put("tglRencanaKontrol", r.path("tglRencanaKontrol").asText())
                        .put("namaDokter", "dr. Uji Kontrol").put("noKartu", SEPS.get(noSep))
                        .put("nama", "SITI RAHMAWATI");
                json(exchange, 200, answer.toString());
            }
            case "DELETE rencanakontrol" -> {
                String nomor = body.path("request").path("t_suratkontrol").path("noSuratKontrol").asText();
                CALLS.add("DELETE rencanakontrol " + nomor);
                json(exchange, 200, "\"" + nomor + "\"");
            }
            default -> json(exchange, 404, "{\"message\":\"Alamat tidak ditemukan\"}");
        }
    }

    /** An SPRI: on the member's card (POST, {@link #UNKNOWN_CARD} refused) or by its number (PUT). */
    private static void admissionOrder(HttpExchange exchange, String method, JsonNode r) throws IOException {
        String key = method.equals("POST") ? r.path("noKartu").asText() : r.path("noSPRI").asText();
        CALLS.add(method + " spri " + key);
        BODIES.put(method + " spri " + key, r);
        if (key.equals(UNKNOWN_CARD)) {
            refuse(exchange, "Peserta Tidak Ditemukan");
            return;
        }
        String nomor = method.equals("POST") ? "0301R0110126K" + String.format("%06d", NUMBERS.incrementAndGet())
                : key;
        json(exchange, 200, JSON.createObjectNode().put("noSPRI", nomor)
                .put("tglRencanaKontrol", r.path("tglRencanaKontrol").asText()).put("namaDokter", "dr. Uji Kontrol")
                .put("noKartu", "0001234567891").put("nama", "SITI RAHMAWATI").toString());
    }

        private static void refuse(HttpExchange exchange, String message) throws IOException {
        json(exchange, 422, "{\"source\":\"BPJS\",\"code\":\"201\",\"message\":\"" + message + "\"}");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
