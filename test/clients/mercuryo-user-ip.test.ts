/** The Mercuryo `userIp` check, without node:net: the same addresses as Node's `isIP` accept. */
import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { ClientConfigError, createMercuryoSpendClient } from "../../src/index.js";

const create = (userIp: string) =>
  createMercuryoSpendClient({ baseUrl: "http://127.0.0.1:9", partnerToken: "sandbox-partner-token", userIp });

const accepted = [
  "203.0.113.7",
  "0.0.0.0",
  "255.255.255.255",
  "::1",
  "2001:db8::1",
  "::ffff:192.0.2.1",
  "fe80::1%eth0",
];
const refused = ["1.2.3", "256.1.1.1", "01.2.3.4", "0x7f.0.0.1", "1", "not-an-ip", " 203.0.113.7", "2001:db8:::1", ""];

describe("Mercuryo userIp", () => {
  it.each(accepted)("accepts %j, as node:net's isIP does", (ip) => {
    expect(isIP(ip)).not.toBe(0);
    expect(() => create(ip)).not.toThrow();
  });

  it.each(refused)("refuses %j with ClientConfigError, as node:net's isIP does", (ip) => {
    expect(isIP(ip)).toBe(0);
    expect(() => create(ip)).toThrow(ClientConfigError);
  });
});
