import { expect } from "chai";
import { isLoopbackAddress, isLoopbackHost } from "../../src/dashboard/hostCheck.js";

describe("emulator: dashboard loopback checks", () => {
  it("accepts Host headers that name this machine", () => {
    for (const host of [
      "localhost",
      "localhost:10100",
      "LOCALHOST:1",
      "app.localhost:3000",
      "127.0.0.1",
      "127.0.0.1:10100",
      "127.1.2.3:8",
      "[::1]",
      "[::1]:10100",
    ]) {
      expect(isLoopbackHost(host), host).to.equal(true);
    }
  });

  it("refuses every other Host header, and none", () => {
    for (const host of [
      undefined,
      "",
      "evil.example",
      "evil.example:10100",
      "127.0.0.1.evil.example",
      "localhost.evil.example",
      "10.0.0.1",
      "0.0.0.0",
      "[::2]",
      "[::1",
      "::1",
      "localhost:99999",
      "localhost:",
      "127.0.0.1@evil.example",
      "user@localhost",
    ]) {
      expect(isLoopbackHost(host), String(host)).to.equal(false);
    }
  });

  it("accepts loopback peers only", () => {
    expect(isLoopbackAddress("127.0.0.1")).to.equal(true);
    expect(isLoopbackAddress("::1")).to.equal(true);
    expect(isLoopbackAddress("::ffff:127.0.0.1")).to.equal(true);
    expect(isLoopbackAddress("192.168.1.4")).to.equal(false);
    expect(isLoopbackAddress("::ffff:10.0.0.1")).to.equal(false);
    expect(isLoopbackAddress(undefined)).to.equal(false);
  });
});
