import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/run, against a running stack. First ambilantrean: registers its own patients through pasienbaru,
 * imports one doctor's schedule per level (a day of its own, so the same patients book again), raises its JKN quota
 * through psql so that the quota is never what stops a level, then books as fast as C callers can for T seconds.
 * Every answer is read: a number given counts, anything else is counted apart as refused and never as speed. After
 * each level the numbers given on the schedule are checked contiguous (1..n, none twice). Then the other hot paths at
 * the same levels: statusantrean, pasienbaru, and the visit's day (onsite booking, check-in, a station's step; see
 * {@link #visitDay}). No dependencies: run with
 * {@code java bench/HotPathsLoad.java}; settings come from the environment bench/run sets.
 */
public class HotPathsLoad {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String ANTREAN = env("BENCH_ANTREAN_URL", "http://127.0.0.1:8081");
    static final String PASIEN = env("BENCH_PASIEN_URL", "http://127.0.0.1:8082");
    static final String FARMASI = env("BENCH_FARMASI_URL", "http://127.0.0.1:8083");
    static final String GATEWAY = env("BENCH_GATEWAY_URL", "http://127.0.0.1:8084");
    static final java.nio.file.Path STACK = java.nio.file.Path.of(env("STACK_DIR", ".stack"));
    static final String PSQL = env("BENCH_PSQL", "psql -h 127.0.0.1 -p 55432 -U postgres -d antrean");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int[] levels = List.of(env("BENCH_LEVELS", "1,4,16,64").split(",")).stream().mapToInt(s -> Integer.parseInt(s.trim()))
                .toArray();
        int seconds = Integer.parseInt(env("BENCH_SECONDS", "20"));
        int patients = Integer.parseInt(env("BENCH_PATIENTS", "3000"));
        String kodepoli = env("BENCH_POLI", "ANA");

        String wsrs = wsrsToken();
        String admin = staffToken();
        List<Patient> registered = register(patients, wsrs);
        System.err.printf("bench: %d patients registered%n", registered.size());

        LocalDate day = LocalDate.now(WIB).plusDays(1);
        int warmup = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "60"));
        if (warmup > 0) {
            // the JIT compiles the booking path before anything is measured (not printed); on 2 cores each service
            // has one optimising compiler thread, and 15 s left it still compiling during the first levels
            Schedule schedule = openSchedule(admin, kodepoli, day);
            day = schedule.day();
            Result r = run(4, warmup, schedule, registered, wsrs);
            System.err.printf("bench: warm-up %d s, %d bookings given%n", warmup, r.given);
        }
        settle();
        System.out.println("| operation | clients | seconds | answered | refused | answered/s | p50 ms | p99 ms | check |");
        Schedule last = null;
        double best = 0;
        Map<Integer, Map<String, Double>> cpu = new java.util.TreeMap<>();
        for (int clients : levels) {
            Schedule schedule = openSchedule(admin, kodepoli, day);
            day = schedule.day();
            // an earlier run may have booked this schedule: this level's numbers are the ones after its last
            int before = Integer.parseInt(psql("select last_number from doctor_schedule where id = " + schedule.id));
            checkpoint();
            Map<String, Long> cpuBefore = cpuMillis();
            Result r = run(clients, seconds, schedule, registered, wsrs);
            // the level's cost includes its bookings' asynchronous work (events, the stations, the gateway's
            // deliveries), which goes on after the last answer: CPU is read once the stack has settled
            int after = settle();
            cpu.put(clients, costPerAnswer(cpuBefore, cpuMillis(), r.given));
            System.err.printf("bench: ambilantrean at %d clients: the stack settled %d s after the level%n", clients, after);
            String contiguous = psql("select count(*) = " + r.given + " and count(distinct angkaantrean) = " + r.given
                    + " and coalesce(min(angkaantrean), " + (before + 1) + ") = " + (before + 1)
                    + " and coalesce(max(angkaantrean), " + before + ") = " + (before + r.given)
                    + " from booking where schedule_id = " + schedule.id + " and angkaantrean > " + before);
            print("ambilantrean", clients, seconds, r, "t".equals(contiguous) ? "numbers contiguous" : "NUMBERS NOT CONTIGUOUS");
            last = schedule;
            best = Math.max(best, r.given / r.elapsedSeconds);
            if (r.given == 0) {
                throw new IllegalStateException("no booking given at " + clients + " clients: " + r.firstRefusal);
            }
            if (r.given >= registered.size()) {
                System.err.println("bench: every patient booked at this level; raise BENCH_PATIENTS for a longer run");
            }
        }

        // the latency a city sees when bookings arrive at 70% (BENCH_OPEN_LOOP_SHARE) of the best rate measured,
        // whatever the answers' pace
        double share = Double.parseDouble(env("BENCH_OPEN_LOOP_SHARE", "0.7"));
        // first a rehearsal of 5 s at the same rate on a schedule of its own, not measured: it compiles this
        // generator's open-loop code (the closed levels use other code); without it the first second's answers took
        // 66 ms on average while the machine was two-thirds idle, the generator still interpreting its own code
        Schedule rehearsal = openSchedule(admin, kodepoli, day);
        day = rehearsal.day();
        // the pages the rehearsal changes first after the checkpoint go whole into the WAL there, not in the run
        settleAndCheckpoint();
        paced(ANTREAN, share * best, 5, registered.size(), bookingOn(rehearsal, registered),
                answer -> true, wsrsHeaders(wsrs));
        Schedule paced = openSchedule(admin, kodepoli, day);
        day = paced.day();
        settle();
        Result open = paced(ANTREAN, share * best, seconds, registered.size(), bookingOn(paced, registered),
                answer -> answer.contains("\"code\":200") && answer.contains("\"nomorantrean\""), wsrsHeaders(wsrs));
        print(String.format(Locale.ROOT, "ambilantrean at %.0f pct", share * 100), open.maxInFlight.get(), seconds,
                open, String.format(Locale.ROOT, "arrivals at %.0f/s", share * best));

        // the other hot paths of Mobile JKN, same levels: a read of the queue, and a new patient's record
        String status = String.format(Locale.ROOT, "{\"kodepoli\":\"%s\",\"kodedokter\":\"%s\",\"tanggalperiksa\":\"%s\","
                + "\"jampraktek\":\"%s\"}", kodepoli, last.kodedokter, last.day, last.jampraktek);
        for (int clients : levels) {
            settleAndCheckpoint();
            Result r = load(clients, seconds, Integer.MAX_VALUE,
                    i -> new String[] { ANTREAN + "/wsrs/statusantrean", status },
                    answer -> answer.contains("\"code\":200") && answer.contains("\"totalantrean\""), wsrsHeaders(wsrs));
            print("statusantrean", clients, seconds, r, "");
        }
        long fresh = System.currentTimeMillis() % 1_000_000L * 10_000L + 5_000L;
        for (int clients : levels) {
            long base = fresh;
            settleAndCheckpoint();
            Result r = load(clients, seconds, 1_000_000, i -> new String[] { PASIEN + "/wsrs/pasienbaru",
                    pasienbaru(newPatient(base + i), base + i) }, answer -> answer.contains("\"norm\""), wsrsHeaders(wsrs));
            fresh += r.given + r.refused + 1;
            print("pasienbaru", clients, seconds, r, "");
        }

        visitDay(levels, seconds, admin, wsrs, kodepoli, last.kodedokter, registered);

        // where a booking's cost goes: CPU time of each process of the stack from the level's start until it had
        // settled, per number given
        System.out.println();
        System.out.println("CPU ms per booking given (ambilantrean), by process of the stack, from the level's start until"
                + " the stack had settled (its asynchronous work included):");
        System.out.println();
        List<String> names = new ArrayList<>(cpu.values().iterator().next().keySet());
        System.out.println("| clients | " + String.join(" | ", names) + " |");
        System.out.println("| ---: |" + " ---: |".repeat(names.size()));
        cpu.forEach((clients, cost) -> System.out.println("| " + clients + " | " + names.stream()
                .map(n -> String.format(Locale.ROOT, "%.2f", cost.get(n))).collect(java.util.stream.Collectors
                        .joining(" | ")) + " |"));
        secondBySecond(open, share * best, seconds);
    }

    /**
     * The open loop second by second: its answers by the second they were due, and the machine in that second. A p99
     * is a few seconds of a run; this says which, and what the machine was doing then.
     */
    static void secondBySecond(Result open, double rate, int seconds) {
        System.out.println();
        System.out.printf(Locale.ROOT, "The open loop (arrivals at %.0f/s) second by second: its answers by the second"
                + " they were due, and the machine in that second (CPU in percent of one core; from the kernel's"
                + " pressure figures, the time in it that some task of the machine waited for a CPU, and that all were"
                + " stalled on the disk):%n%n", rate);
        List<Machine> machine = List.copyOf(open.machine);
        List<String> names = machine.isEmpty() ? List.of() : List.copyOf(machine.get(0).processes().keySet());
        System.out.println("| second | answers | p50 ms | p99 ms | max ms | machine CPU % | "
                + names.stream().map(n -> n + " %").collect(java.util.stream.Collectors.joining(" | "))
                + (names.isEmpty() ? "" : " | ") + "waiting for a CPU ms | stalled on disk ms |");
        System.out.println("| ---: |" + " ---: |".repeat(7 + names.size()));
        for (int second = 0; second < seconds; second++) {
            Result in = new Result();
            long from = TimeUnit.SECONDS.toNanos(second);
            long to = from + TimeUnit.SECONDS.toNanos(1);
            open.timed.stream().filter(t -> t[0] >= from && t[0] < to).forEach(t -> in.latenciesNanos.add(t[1]));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f |",
                    second + 1, in.latenciesNanos.size(), in.percentile(50), in.percentile(99), in.percentile(100)));
            if (second < machine.size()) {
                Machine m = machine.get(second);
                row.append(String.format(Locale.ROOT, " %.0f |", m.busy()));
                names.forEach(n -> row.append(String.format(Locale.ROOT, " %.0f |", m.processes().get(n))));
                row.append(m.cpuWaitMs() < 0 ? " - |" : String.format(Locale.ROOT, " %.0f |", m.cpuWaitMs()));
                row.append(m.diskStallMs() < 0 ? " - |" : String.format(Locale.ROOT, " %.0f |", m.diskStallMs()));
            } else {
                row.append(" - |".repeat(3 + names.size()));
            }
            System.out.println(row);
        }
    }

    /**
     * One second of the machine: its CPU busy (percent of one core, all cores together), each process of the stack's
     * and this generator's share of it, and how long in that second some task waited for a CPU and all tasks were
     * stalled on the disk (the kernel's pressure-stall figures; -1 where the kernel keeps none).
     */
    record Machine(double busy, Map<String, Double> processes, double cpuWaitMs, double diskStallMs) {

        /** Adds a second to {@code seconds} each second after {@code start}, until interrupted. */
        static Thread sampling(long start, List<Machine> seconds) {
            Thread sampler = new Thread(() -> {
                try {
                    long[] cpu = cpuTicks();
                    Map<String, Long> used = cpuNow();
                    long cpuWait = pressure("cpu", "some");
                    long disk = pressure("io", "full");
                    long at = System.nanoTime();
                    for (int second = 1;; second++) {
                        long wait = start + TimeUnit.SECONDS.toNanos(second) - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        long[] cpuNow = cpuTicks();
                        Map<String, Long> usedNow = cpuNow();
                        long cpuWaitNow = pressure("cpu", "some");
                        long diskNow = pressure("io", "full");
                        long atNow = System.nanoTime();
                        double elapsedMs = (atNow - at) / 1e6;
                        Map<String, Double> shares = new java.util.LinkedHashMap<>();
                        for (String name : usedNow.keySet()) {
                            shares.put(name, 100.0 * (usedNow.get(name) - used.getOrDefault(name, 0L)) / elapsedMs);
                        }
                        double total = cpuNow[0] - cpu[0];
                        double busy = total <= 0 ? 0 : 100.0 * Runtime.getRuntime().availableProcessors()
                                * (cpuNow[1] - cpu[1]) / total;
                        seconds.add(new Machine(busy, shares, cpuWait < 0 ? -1 : (cpuWaitNow - cpuWait) / 1000.0,
                                disk < 0 ? -1 : (diskNow - disk) / 1000.0));
                        cpu = cpuNow;
                        used = usedNow;
                        cpuWait = cpuWaitNow;
                        disk = diskNow;
                        at = atNow;
                    }
                } catch (InterruptedException e) {
                    // the loop is over
                } catch (IOException | RuntimeException e) {
                    System.err.println("bench: the machine's figures could not be read: " + e);
                }
            }, "machine");
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        /** CPU time so far (ms) of the stack's processes ({@link #cpuMillis}) and of this generator. */
        static Map<String, Long> cpuNow() throws IOException {
            Map<String, Long> used = cpuMillis();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            used.put("generator", (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10);
            return used;
        }

        /** The machine's clock ticks so far: all of them, and those not idle (nor waiting for the disk while idle). */
        static long[] cpuTicks() throws IOException {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split(" +");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] { total, total - Long.parseLong(f[4]) - Long.parseLong(f[5]) };
        }

        /** The kernel's total stall time (µs) of this resource and kind, or -1 where it keeps none. */
        static long pressure(String resource, String kind) {
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/pressure/" + resource))) {
                    if (line.startsWith(kind + " ")) {
                        return Long.parseLong(line.substring(line.indexOf("total=") + 6).trim());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no pressure figures on this kernel
            }
            return -1;
        }
    }

    /**
     * CPU time (user + system, ms) used so far by each process of the local stack: the services and the simulator by
     * their pid files, PostgreSQL and Kafka with every process of their session (PostgreSQL's backends).
     */
    static Map<String, Long> cpuMillis() throws IOException {
        Map<String, Long> sessions = new java.util.LinkedHashMap<>();
        for (String name : List.of("antrean-service", "pasien-service", "farmasi-task-service", "vclaim-gateway",
                "bpjs-simulator", "kafka")) {
            java.nio.file.Path pid = STACK.resolve("run").resolve(name + ".pid");
            if (java.nio.file.Files.exists(pid)) {
                sessions.put(name, Long.parseLong(java.nio.file.Files.readString(pid).trim()));
            }
        }
        java.nio.file.Path postmaster = STACK.resolve("pg/data/postmaster.pid");
        if (java.nio.file.Files.exists(postmaster)) {
            sessions.put("postgresql", Long.parseLong(java.nio.file.Files.readAllLines(postmaster).get(0).trim()));
        }
        Map<String, Long> used = new java.util.LinkedHashMap<>();
        sessions.keySet().forEach(n -> used.put(n, 0L));
        long tick = 10; // USER_HZ is 100 on Linux: a clock tick is 10 ms
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(proc.resolve("stat"));
                } catch (IOException e) {
                    continue; // ended meanwhile
                }
                // after the command name in parentheses: state ppid pgrp session ... utime (12th) stime (13th)
                // cutime (14th) cstime (15th), the last two of the children it has reaped
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(proc.getFileName().toString());
                long session = Long.parseLong(f[3]);
                long ppid = Long.parseLong(f[1]);
                for (Map.Entry<String, Long> s : sessions.entrySet()) {
                    if (pid == s.getValue() || session == s.getValue() || ppid == s.getValue()) {
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        if (pid == s.getValue()) {
                            // a PostgreSQL backend or autovacuum worker that ended is counted in its postmaster's
                            // children: without them the count fell when a process ended during a level
                            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        }
                        used.merge(s.getKey(), ticks * tick, Long::sum);
                        break;
                    }
                }
            }
        }
        return used;
    }

    /**
     * What the stack still has to do, from its own metrics: Kafka records not yet read, outbox rows not yet sent,
     * deliveries to BPJS not yet made (parked ones wait for a person, not for the stack).
     */
    static final Pattern BACKLOG = Pattern.compile(
            "^(kafka_consumer_fetch_manager_records_lag|outbox_backlog|deliveries_open)(\\{[^}]*\\})? (\\S+)$",
            Pattern.MULTILINE);

    /**
     * Waits until the stack has done the asynchronous work of what came before (its consumers have read every record,
     * its outboxes and the gateway's BPJS deliveries are empty, twice a second apart), so that each operation is
     * measured on a stack that is not still digesting the one before. At most BENCH_SETTLE_SECONDS (300); returns the
     * seconds waited, or -1 when the stack was still busy then (printed, and the run goes on).
     */
    static int settle() throws InterruptedException {
        int limit = Integer.parseInt(env("BENCH_SETTLE_SECONDS", "300"));
        String busy = "";
        for (int waited = 0, quiet = 0; waited <= limit; waited++) {
            busy = backlog();
            quiet = busy.isEmpty() ? quiet + 1 : 0;
            if (quiet == 2) {
                return waited;
            }
            Thread.sleep(1000);
        }
        System.err.println("bench: the stack was still busy after " + limit + " s: " + busy);
        return -1;
    }

    /** Before a measured level: the stack settled ({@link #settle}), then a {@link #checkpoint}. */
    static void settleAndCheckpoint() throws InterruptedException {
        settle();
        checkpoint();
    }

    /**
     * A checkpoint before a measured run, so that it writes its WAL as a database in service does: into WAL files
     * recycled by the checkpoint. A new cluster has none until its first checkpoint, and then each 16 MB of WAL waits
     * for PostgreSQL to write a new file full of zeros while every commit waits: at 1,550 bookings/s (6 KB of WAL each,
     * the four databases together) a commit of 50-100 ms every 1.9 s, which was the open loop's p99 in most runs
     * before this (docs/performance.md). A checkpoint is also when every page is next written whole to the WAL, as
     * after any checkpoint of a database in service. Needs a role allowed to CHECKPOINT (a superuser, or
     * pg_checkpoint); without one the run goes on and says so.
     */
    static void checkpoint() throws InterruptedException {
        try {
            psql("checkpoint");
        } catch (IOException | IllegalStateException e) {
            System.err.println("bench: no checkpoint before the run (" + e.getMessage().lines().findFirst().orElse("")
                    + "): its commits may wait for new WAL files");
        }
    }

    static String backlog() throws InterruptedException {
        StringBuilder busy = new StringBuilder();
        for (String service : List.of(ANTREAN, PASIEN, FARMASI, GATEWAY)) {
            String metrics;
            try {
                metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/q/metrics")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                return service + " unreachable";
            }
            double total = 0;
            Matcher m = BACKLOG.matcher(metrics);
            while (m.find()) {
                boolean parked = m.group(2) != null && m.group(2).contains("parked");
                double value = m.group(3).equals("NaN") || parked ? 0 : Double.parseDouble(m.group(3));
                total += value;
            }
            if (total > 0) {
                busy.append(service).append(' ').append(String.format(Locale.ROOT, "%.0f", total)).append(" pending; ");
            }
        }
        return busy.toString();
    }

    static Map<String, Double> costPerAnswer(Map<String, Long> before, Map<String, Long> after, int answers) {
        Map<String, Double> cost = new java.util.LinkedHashMap<>();
        after.forEach((name, ms) -> cost.put(name, answers == 0 ? 0 : (ms - before.getOrDefault(name, 0L)) / (double) answers));
        cost.put("total", cost.values().stream().mapToDouble(Double::doubleValue).sum());
        return cost;
    }

    /**
     * The visit's day at the same levels, each level with patients of its own: the counter's onsite booking for today,
     * the check-in of those bookings (WS RS, task 1 for these new patients), then admission's first step (task 2,
     * farmasi-task-service) once the stations have learnt of the check-ins.
     */
    static void visitDay(int[] levels, int seconds, String admin, String wsrs, String kodepoli, String kodedokter,
            List<Patient> patients) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(WIB);
        Schedule schedule = openAllDay(admin, kodepoli, kodedokter, today);
        int share = patients.size() / levels.length;
        String[] staff = { "Authorization", "Bearer " + admin };
        List<List<String>> booked = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            List<Patient> mine = patients.subList(l * share, (l + 1) * share);
            List<String> codes = Collections.synchronizedList(new ArrayList<>());
            settleAndCheckpoint();
            Result r = load(levels[l], seconds, mine.size(), i -> new String[] { ANTREAN + "/api/antrean",
                    booking(mine.get(i), kodepoli, schedule) }, answer -> {
                        String code = field(answer, "kodebooking");
                        return code != null && codes.add(code);
                    }, staff);
            booked.add(codes);
            print("onsite", levels[l], seconds, r, "");
        }
        long now = System.currentTimeMillis();
        for (int l = 0; l < levels.length; l++) {
            List<String> codes = booked.get(l);
            settleAndCheckpoint();
            Result r = load(levels[l], seconds, codes.size(), i -> new String[] { ANTREAN + "/wsrs/checkin",
                    "{\"kodebooking\":\"" + codes.get(i) + "\",\"waktu\":" + now + "}" },
                    answer -> answer.contains("\"code\":200"), wsrsHeaders(wsrs));
            print("checkin", levels[l], seconds, r, "");
        }
        // a level that ended by time checked in only some of its bookings: the step goes to those
        List<String> checkedIn = List.of(psql("select string_agg(kodebooking, ',') from booking where schedule_id = "
                + schedule.id + " and checked_in_at is not null").split(","));
        String farmasi = PSQL.replaceAll("-d \\S+", "-d farmasi");
        for (int waited = 0; Integer.parseInt(psql(farmasi, "select count(*) from visit where tanggalperiksa = '"
                + today + "' and kodedokter = '" + schedule.kodedokter + "' and last_taskid is not null")) < checkedIn.size();
                waited++) {
            if (waited == 120) {
                throw new IllegalStateException("the stations did not learn of the check-ins within 2 minutes");
            }
            Thread.sleep(1000);
        }
        for (int l = 0; l < levels.length; l++) {
            List<String> codes = booked.get(l).stream().filter(checkedIn::contains).toList();
            settleAndCheckpoint();
            Result r = load(levels[l], seconds, codes.size(), i -> new String[] {
                    FARMASI + "/api/tasks", "{\"kodebooking\":\"" + codes.get(i) + "\",\"taskid\":2}" },
                    answer -> answer.contains("\"taskid\":2"), staff);
            print("task 2", levels[l], seconds, r, "");
        }
    }

    /**
     * One doctor of the poli made to practise all day every day in the simulator's HFIS (through the gateway), and
     * today's schedule imported: the counter can book today whatever the hour of the run.
     */
    static Schedule openAllDay(String admin, String kodepoli, String kodedokter, LocalDate today)
            throws IOException, InterruptedException {
        StringBuilder days = new StringBuilder();
        for (int hari = 1; hari <= 7; hari++) {
            days.append(hari > 1 ? "," : "").append("{\"hari\":").append(hari)
                    .append(",\"buka\":\"00:00\",\"tutup\":\"23:59\"}");
        }
        post(GATEWAY + "/bpjs/antrean/jadwaldokter/updatejadwaldokter", "{\"kodepoli\":\"" + kodepoli
                + "\",\"kodesubspesialis\":\"" + kodepoli + "\",\"kodedokter\":" + kodedokter + ",\"jadwal\":["
                + days + "]}", "Authorization", "Bearer " + admin);
        post(ANTREAN + "/api/jadwal/sync", "{\"kodepoli\":\"" + kodepoli + "\",\"tanggal\":\"" + today + "\"}",
                "Authorization", "Bearer " + admin);
        String id = psql("select id from doctor_schedule where kodepoli = '" + kodepoli + "' and kodedokter = '"
                + kodedokter + "' and tanggal = '" + today + "' and jampraktek = '00:00-23:59'");
        if (id.isEmpty()) {
            throw new IllegalStateException("today's all-day schedule was not imported");
        }
        psql("update doctor_schedule set kuota_jkn = 1000000 where id = " + id);
        return new Schedule(Long.parseLong(id), kodedokter, "00:00-23:59", today);
    }

    /** An onsite JKN booking of the patient on the schedule (the ambilantrean fields plus jenispasien). */
    static String booking(Patient p, String kodepoli, Schedule schedule) {
        return String.format(Locale.ROOT, "{\"jenispasien\":\"JKN\",\"nomorkartu\":\"%s\",\"nik\":\"%s\","
                + "\"nohp\":\"%s\",\"kodepoli\":\"%s\",\"norm\":\"\",\"tanggalperiksa\":\"%s\","
                + "\"kodedokter\":\"%s\",\"jampraktek\":\"%s\",\"jeniskunjungan\":1,"
                + "\"nomorreferensi\":\"0301R009%011d\"}", p.nomorkartu, p.nik, p.nohp, kodepoli, schedule.day,
                schedule.kodedokter, schedule.jampraktek, REFERRALS.incrementAndGet());
    }

    static void print(String operation, int clients, int seconds, Result r, String check) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.0f | %.1f | %.1f | %s |%n", operation, clients, seconds,
                r.given, r.refused, r.given / r.elapsedSeconds, r.percentile(50), r.percentile(99), check);
    }

    record Patient(String nomorkartu, String nik, String nohp) {
    }

    record Schedule(long id, String kodedokter, String jampraktek, LocalDate day) {
    }

    /** The first day after {@code after} with an HFIS schedule of the poli, imported, its JKN quota out of reach. */
    static Schedule openSchedule(String admin, String kodepoli, LocalDate after) throws IOException, InterruptedException {
        Schedule schedule = null;
        for (LocalDate day = after.plusDays(1); schedule == null; day = day.plusDays(1)) {
            schedule = importSchedule(admin, kodepoli, day);
        }
        psql("update doctor_schedule set kuota_jkn = 1000000 where id = " + schedule.id);
        return schedule;
    }

    static final class Result {
        final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger givenCount = new AtomicInteger();
        final AtomicInteger refusedCount = new AtomicInteger();
        volatile String firstRefusal = "";
        final AtomicInteger maxInFlight = new AtomicInteger();
        /** The open loop's answers given: when each was due (ns after the start) and how long it took (ns). */
        final List<long[]> timed = new ArrayList<>();
        /** The open loop's machine, second by second from its start ({@link Machine}). */
        final List<Machine> machine = Collections.synchronizedList(new ArrayList<>());
        int given;
        int refused;
        double elapsedSeconds;

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            if (sorted.isEmpty()) {
                return 0;
            }
            Collections.sort(sorted);
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    static Result run(int clients, int seconds, Schedule schedule, List<Patient> patients, String wsrs)
            throws InterruptedException {
        return load(clients, seconds, patients.size(), bookingOn(schedule, patients),
                answer -> answer.contains("\"code\":200") && answer.contains("\"nomorantrean\""), wsrsHeaders(wsrs));
    }

    /**
     * Referral numbers of this run, each used once: a referral serves one active booking, so a number drawn twice
     * (as the onsite level's time-based numbers sometimes were) is refused, and counted as a refusal.
     */
    static final AtomicLong REFERRALS = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 10_000L);

    /** The i-th patient's ambilantrean on the schedule, each with a referral of its own. */
    static IntFunction<String[]> bookingOn(Schedule schedule, List<Patient> patients) {
        return i -> {
            Patient p = patients.get(i);
            return new String[] { ANTREAN + "/wsrs/ambilantrean", String.format(Locale.ROOT,
                    "{\"nomorkartu\":\"%s\",\"nik\":\"%s\",\"nohp\":\"%s\",\"kodepoli\":\"%s\",\"norm\":\"\","
                            + "\"tanggalperiksa\":\"%s\",\"kodedokter\":\"%s\",\"jampraktek\":\"%s\",\"jeniskunjungan\":1,"
                            + "\"nomorreferensi\":\"0301R001%011d\"}",
                    p.nomorkartu, p.nik, p.nohp, env("BENCH_POLI", "ANA"), schedule.day, schedule.kodedokter,
                    schedule.jampraktek, REFERRALS.incrementAndGet()) };
        };
    }

    /**
     * Requests sent at {@code rate} per second whether or not earlier ones were answered (open loop), for
     * {@code seconds} or {@code limit} requests; each latency counts from the moment the request was due, so a
     * stalled service is not hidden by callers that stopped sending. The sender is one thread on non-blocking
     * sockets, keeping the connections alive between requests and opening another whenever every open one is still
     * waiting for its answer: on 2 cores the JDK's HTTP client took half a core at 500 requests/s, a core taken
     * from the stack it measures.
     */
    static Result paced(String server, double rate, int seconds, int limit, IntFunction<String[]> request,
            Predicate<String> ok, String... headers) throws IOException {
        Result result = new Result();
        long interval = (long) (1e9 / Math.max(1, rate));
        int count = (int) Math.min(limit, (long) (rate * seconds));
        try (java.nio.channels.Selector selector = java.nio.channels.Selector.open()) {
            java.util.ArrayDeque<Exchange> idle = connected(server, Math.min(count, CONNECTIONS_BEFORE), selector);
            long start = System.nanoTime();
            Thread sampler = Machine.sampling(start, result.machine);
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds + 120L);
            int sent = 0;
            int answered = 0;
            int inFlight = 0;
            while (answered < count && System.nanoTime() < deadline) {
                long now = System.nanoTime();
                for (; sent < count && start + sent * interval <= now; sent++) {
                    String[] call = request.apply(sent);
                    Exchange x = idle.poll();
                    if (x == null) {
                        x = Exchange.open(call[0], selector);
                    }
                    x.send(call[0], call[1], headers, start + sent * interval);
                    result.maxInFlight.accumulateAndGet(++inFlight, Math::max);
                }
                long wait = sent < count ? start + sent * interval - System.nanoTime()
                        : TimeUnit.MILLISECONDS.toNanos(100);
                if (wait > 0) {
                    selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
                } else {
                    selector.selectNow();
                }
                for (var keys = selector.selectedKeys().iterator(); keys.hasNext();) {
                    var key = keys.next();
                    keys.remove();
                    Exchange x = (Exchange) key.attachment();
                    String body;
                    try {
                        body = x.ready();
                    } catch (IOException e) {
                        body = null;
                        x.broken = true;
                        if (result.refusedCount.getAndIncrement() == 0) {
                            result.firstRefusal = e.toString();
                        }
                    }
                    if (body == null && !x.broken) {
                        continue;
                    }
                    inFlight--;
                    answered++;
                    if (!x.broken && ok.test(body)) {
                        result.givenCount.incrementAndGet();
                        long took = System.nanoTime() - x.due;
                        result.latenciesNanos.add(took);
                        result.timed.add(new long[] { x.due - start, took });
                    } else if (!x.broken && result.refusedCount.getAndIncrement() == 0) {
                        result.firstRefusal = body;
                    }
                    if (x.broken || x.closing) {
                        key.cancel();
                        x.channel.close();
                    } else {
                        idle.push(x);
                    }
                }
            }
            for (var key : selector.keys()) {
                key.channel().close();
            }
            // requests still unanswered when the time ran out are refused, not speed
            result.refusedCount.addAndGet(count - answered);
            result.elapsedSeconds = (System.nanoTime() - start) / 1e9;
            try {
                // the machine's last second too, when the answers came within it
                long last = start + TimeUnit.SECONDS.toNanos(seconds + 2L);
                while (result.machine.size() < seconds && System.nanoTime() < last) {
                    Thread.sleep(50);
                }
                sampler.interrupt();
                sampler.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        result.given = result.givenCount.get();
        result.refused = result.refusedCount.get();
        return result;
    }

    /**
     * Connections the callers already hold when the clock starts: opened first, so that the open loop's first second
     * measures bookings, not a hundred TCP handshakes of this generator and the server's accepts of them.
     */
    static final int CONNECTIONS_BEFORE = 64;

    static java.util.ArrayDeque<Exchange> connected(String server, int n, java.nio.channels.Selector selector)
            throws IOException {
        java.util.ArrayDeque<Exchange> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            open.add(Exchange.open(server, selector));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (open.stream().anyMatch(x -> !x.channel.isConnected())) {
            if (System.nanoTime() > deadline) {
                throw new IOException("could not open " + n + " connections to " + server + " within 10 s");
            }
            selector.select(100);
            for (var keys = selector.selectedKeys().iterator(); keys.hasNext();) {
                var key = keys.next();
                keys.remove();
                ((Exchange) key.attachment()).ready();
            }
        }
        return open;
    }

    /** One kept-alive HTTP/1.1 connection of {@link #paced}, one request at a time. */
    static final class Exchange {
        static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length: *(\\d+)");
        final java.nio.channels.SocketChannel channel;
        final java.nio.channels.SelectionKey key;
        java.nio.ByteBuffer out;
        final java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        final java.nio.ByteBuffer read = java.nio.ByteBuffer.allocate(16 * 1024);
        long due;
        boolean broken;
        boolean closing;

        private Exchange(java.nio.channels.SocketChannel channel, java.nio.channels.Selector selector)
                throws IOException {
            this.channel = channel;
            this.key = channel.register(selector, java.nio.channels.SelectionKey.OP_CONNECT, this);
        }

        static Exchange open(String url, java.nio.channels.Selector selector) throws IOException {
            URI uri = URI.create(url);
            java.nio.channels.SocketChannel channel = java.nio.channels.SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
            return new Exchange(channel, selector);
        }

        void send(String url, String body, String[] headers, long due) {
            URI uri = URI.create(url);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost()).append(':').append(uri.getPort())
                    .append("\r\nContent-Type: application/json\r\nContent-Length: ").append(content.length);
            for (int i = 0; i < headers.length; i += 2) {
                head.append("\r\n").append(headers[i]).append(": ").append(headers[i + 1]);
            }
            byte[] start = head.append("\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            out = java.nio.ByteBuffer.allocate(start.length + content.length).put(start).put(content).flip();
            in.reset();
            this.due = due;
            if (channel.isConnected()) {
                key.interestOps(java.nio.channels.SelectionKey.OP_WRITE);
            }
        }

        /** Moves the exchange on; the answer's body once it is whole, else null. */
        String ready() throws IOException {
            if (key.isConnectable() && channel.finishConnect()) {
                // a connection opened before its first request waits for one
                key.interestOps(out == null ? 0 : java.nio.channels.SelectionKey.OP_WRITE);
                return null;
            }
            if (key.isWritable()) {
                channel.write(out);
                if (!out.hasRemaining()) {
                    key.interestOps(java.nio.channels.SelectionKey.OP_READ);
                }
                return null;
            }
            if (key.isReadable()) {
                read.clear();
                int n = channel.read(read);
                if (n < 0) {
                    throw new IOException("the connection closed before the whole answer");
                }
                in.write(read.array(), 0, n);
                return answer();
            }
            return null;
        }

        /** The body, once the head and Content-Length bytes of it (or the last chunk) have come. */
        private String answer() throws IOException {
            String text = in.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return null;
            }
            String head = text.substring(0, end).toLowerCase(Locale.ROOT);
            closing = head.contains("\r\nconnection: close");
            Matcher length = CONTENT_LENGTH.matcher(head);
            byte[] bytes = in.toByteArray();
            int from = end + 4;
            if (length.find()) {
                int n = Integer.parseInt(length.group(1));
                return bytes.length - from < n ? null : new String(bytes, from, n, StandardCharsets.UTF_8);
            }
            if (!head.contains("\r\ntransfer-encoding: chunked")) {
                throw new IOException("an answer without Content-Length or chunks");
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int at = from;
            while (true) {
                int line = text.indexOf("\r\n", at);
                if (line < 0) {
                    return null;
                }
                int size = Integer.parseInt(text.substring(at, line).trim().split(";")[0], 16);
                if (size == 0) {
                    // the last chunk, then the empty line that ends the answer (no trailers come)
                    return text.startsWith("\r\n", line + 2) ? body.toString(StandardCharsets.UTF_8) : null;
                }
                if (bytes.length < line + 2 + size + 2) {
                    return null;
                }
                body.write(bytes, line + 2, size);
                at = line + 2 + size + 2;
            }
        }
    }

    static String[] wsrsHeaders(String wsrs) {
        return new String[] { "x-token", wsrs, "x-username", env("WSRS_USERNAME", "mobilejkn") };
    }

    /**
     * {@code clients} callers, each sending its next request as soon as the last was answered, for {@code seconds} or
     * until {@code limit} requests were sent; an answer {@code ok} accepts counts (with its latency), any other apart.
     * The rate is of the time the level took, which is shorter than {@code seconds} when the limit ends it.
     */
    static Result load(int clients, int seconds, int limit, IntFunction<String[]> request, Predicate<String> ok,
            String... headers) throws InterruptedException {
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= limit) {
                        return;
                    }
                    String[] call = request.apply(i);
                    long sent = System.nanoTime();
                    try {
                        String answer = post(call[0], call[1], headers);
                        long took = System.nanoTime() - sent;
                        if (ok.test(answer)) {
                            result.givenCount.incrementAndGet();
                            result.latenciesNanos.add(took);
                        } else if (result.refusedCount.getAndIncrement() == 0) {
                            result.firstRefusal = answer;
                        }
                    } catch (IOException | InterruptedException e) {
                        result.refusedCount.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        result.elapsedSeconds = (System.nanoTime() - start) / 1e9;
        result.given = result.givenCount.get();
        result.refused = result.refusedCount.get();
        if (result.refused > 0) {
            System.err.println("bench: first refusal: " + result.firstRefusal);
        }
        return result;
    }

    static List<Patient> register(int count, String wsrs) throws InterruptedException {
        List<Patient> patients = Collections.synchronizedList(new ArrayList<>());
        long base = System.currentTimeMillis() % 1_000_000L * 10_000L;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < count; i++) {
            long n = base + i;
            pool.submit(() -> {
                Patient p = newPatient(n);
                String body = pasienbaru(p, n);
                try {
                    String answer = post(PASIEN + "/wsrs/pasienbaru", body, "x-token", wsrs, "x-username",
                            env("WSRS_USERNAME", "mobilejkn"));
                    if (answer.contains("\"norm\"")) {
                        patients.add(p);
                    }
                } catch (IOException | InterruptedException e) {
                    // counted by its absence
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        if (patients.size() < count) {
            System.err.printf("bench: %d of %d patients registered%n", patients.size(), count);
        }
        return new ArrayList<>(patients);
    }

    /** The first HFIS schedule of the poli on the day, imported; null when the day has none (or is a Sunday). */
    static Schedule importSchedule(String admin, String kodepoli, LocalDate day) throws IOException, InterruptedException {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return null;
        }
        String answer = post(ANTREAN + "/api/jadwal/sync", "{\"kodepoli\":\"" + kodepoli + "\",\"tanggal\":\"" + day + "\"}",
                "Authorization", "Bearer " + admin);
        String kodedokter = field(answer, "kodedokter");
        String jampraktek = field(answer, "jampraktek");
        if (kodedokter == null || jampraktek == null) {
            return null;
        }
        String id = psql("select id from doctor_schedule where kodepoli = '" + kodepoli + "' and kodedokter = '"
                + kodedokter + "' and tanggal = '" + day + "' and jampraktek = '" + jampraktek + "'");
        return new Schedule(Long.parseLong(id), kodedokter, jampraktek, day);
    }

    static Patient newPatient(long n) {
        return new Patient(String.format("0009%09d", n % 1_000_000_000L), String.format("3174%012d", n),
                String.format("0812%08d", n % 100_000_000L));
    }

    static String pasienbaru(Patient p, long n) {
        return String.format(Locale.ROOT, "{\"nomorkartu\":\"%s\",\"nik\":\"%s\",\"nomorkk\":\"%s\","
                + "\"nama\":\"Pasien Bench %d\",\"jeniskelamin\":\"L\",\"tanggallahir\":\"1985-03-02\","
                + "\"nohp\":\"%s\",\"alamat\":\"Jl. Uji No. 1\",\"kodeprop\":\"31\",\"namaprop\":\"DKI JAKARTA\","
                + "\"kodedati2\":\"3171\",\"namadati2\":\"KOTA JAKARTA SELATAN\",\"kodekec\":\"317101\","
                + "\"namakec\":\"TEBET\",\"kodekel\":\"3171011001\",\"namakel\":\"TEBET TIMUR\",\"rw\":\"001\","
                + "\"rt\":\"002\"}", p.nomorkartu, p.nik, p.nik, n, p.nohp);
    }

    static String wsrsToken() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ANTREAN + "/wsrs/token"))
                .header("x-username", env("WSRS_USERNAME", "mobilejkn"))
                .header("x-password", env("WSRS_PASSWORD", "mobilejkn-local")).GET().build();
        String token = field(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), "token");
        if (token == null) {
            throw new IllegalStateException("no WS RS token: is the stack up (bin/stack up)?");
        }
        return token;
    }

    static String staffToken() throws IOException, InterruptedException {
        String answer = post(ANTREAN + "/api/auth/login", "{\"username\":\"" + env("STAFF_ADMIN_USERNAME", "admin")
                + "\",\"password\":\"" + env("STAFF_ADMIN_PASSWORD", "admin-local") + "\"}");
        String token = field(answer, "token");
        if (token == null) {
            throw new IllegalStateException("no staff token (STAFF_ADMIN_USERNAME / STAFF_ADMIN_PASSWORD): " + answer);
        }
        return token;
    }

    static String post(String url, String body, String... headers) throws IOException, InterruptedException {
        return HTTP.send(request(url, body, headers), HttpResponse.BodyHandlers.ofString()).body();
    }

    static HttpRequest request(String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String psql(String sql) throws IOException, InterruptedException {
        return psql(PSQL, sql);
    }

    static String psql(String psql, String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(psql.split(" ")));
        command.addAll(List.of("-Atqc", sql));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return out;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
