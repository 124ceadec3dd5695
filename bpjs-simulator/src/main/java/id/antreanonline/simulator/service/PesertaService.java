package id.antreanonline.simulator.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.Wib;

/** VClaim's Peserta group: a participant (made up by {@link FakePeople}) as on a service date. */
@ApplicationScoped
public class PesertaService {

    private final FakePeople people;
    private final Clock clock;

    public PesertaService(FakePeople people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    public Answer byNoKartu(String noKartu, String tglSep) {
        return peserta(people.byNoKartu(noKartu), tglSep);
    }

    public Answer byNik(String nik, String tglSep) {
        return peserta(people.byNik(nik), tglSep);
    }

    private Answer peserta(Optional<FakePeople.Person> person, String tglSep) {
        Optional<LocalDate> tgl = Wib.parseDate(tglSep);
        if (tgl.isEmpty()) {
            return Answer.failed(Vclaim.BAD_DATE);
        }
        return person.map(p -> Vclaim.ok(Map.of("peserta", people.peserta(p, tgl.get(), Vclaim.today(clock)))))
                .orElseGet(() -> Answer.failed(Vclaim.PESERTA_NOT_FOUND));
    }
}
