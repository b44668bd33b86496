import Testing

/// Every test that uses the local emulator. They run one at a time, because each resets the
/// emulator, and each takes `EmulatorLock` so that test targets running in parallel take turns too.
@Suite(.serialized, .enabled(if: Emulator.isAvailable, "neither REMPART_TEST_ENDPOINT_DEPLOY nor REMPART_TEST_ENDPOINT is set"))
enum EmulatorTests {}
