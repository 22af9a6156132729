/**
 * The api-versions the tests use, in one place: the current one (whose spec and examples drive the
 * wire tests) and the one expected on the wire. CI also regenerates the SDK for the previous
 * version and reruns the version-independent tests with `AZBATCH_EXPECT_API_VERSION=2025-06-01`.
 */

/** The api-version the SDK is generated for by default (autorest.md's default tag). */
export const currentApiVersion = "2026-10-01";

/** The api-version the tests expect on the wire. */
export const expectedApiVersion = process.env.AZBATCH_EXPECT_API_VERSION ?? currentApiVersion;
