package id.antreanonline.simulator.service;

/** The hospital the simulator's BPJS serves: its provider (PPK) code and name, in Antrean and VClaim answers. */
final class SimulatedHospital {

    static final String PPK_CODE = "0301R011";
    static final String NAME = "RS SIMULASI ANTREAN ONLINE";

    private SimulatedHospital() {
    }
}
