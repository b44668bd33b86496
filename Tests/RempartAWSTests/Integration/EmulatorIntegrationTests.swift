import Testing

/// Every test that calls the emulator, run one after another so a reset never wipes a neighbour's
/// resources. Skipped when `REMPART_TEST_ENDPOINT` is not set.
@Suite(.serialized, .emulatorLock, .enabled(if: Emulator.isConfigured, "REMPART_TEST_ENDPOINT is not set"))
struct EmulatorIntegrationTests {}
