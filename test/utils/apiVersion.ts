/**
 * The api-version the tests expect on the wire. CI also regenerates the SDK for the previous
 * version and reruns the version-independent tests with `AZBATCH_EXPECT_API_VERSION=2025-06-01`.
 */
export const expectedApiVersion = process.env.AZBATCH_EXPECT_API_VERSION ?? "2026-10-01";
