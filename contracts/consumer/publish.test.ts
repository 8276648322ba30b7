/**
 * `publish()` of a consumer contract writes the pact only when every interaction its test file
 * declared was met: one failed interaction keeps the previous pact untouched.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { toPactFileName } from "../pact-files.js";
import { type ConsumerContract, createConsumerContract } from "./consumer-contract.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function createContractInTempDir(): { contract: ConsumerContract; pactPath: string } {
  const pactsDir = mkdtempSync(join(tmpdir(), "paymock-publish-"));
  dirs.push(pactsDir);
  const contract = createConsumerContract("nbcgate", { pactsDir, settleMs: 500 });
  return { contract, pactPath: join(pactsDir, toPactFileName("nbcgate")) };
}

/** One interaction `GET /ping?n=`; `send` is the query the test actually sends. */
const ping = (contract: ConsumerContract, description: string, send: string) =>
  contract
    .interaction(description)
    .withRequest("GET", "/ping", (b) => b.query({ n: "1" }))
    .willRespondWith(204)
    .executeTest(async (server) => {
      await fetch(`${server.url}/ping?n=${send}`);
    });

describe("publishing a consumer pact", () => {
  it("writes every interaction, sorted, when all were met", async () => {
    const { contract, pactPath } = createContractInTempDir();
    await ping(contract, "second ping", "1");
    await ping(contract, "first ping", "1");
    contract.publish();
    const pact = JSON.parse(readFileSync(pactPath, "utf8")) as { interactions: { description: string }[] };
    expect(pact.interactions.map((i) => i.description)).toEqual(["first ping", "second ping"]);
  });

  it("writes nothing, and names the interaction, when one was not met", async () => {
    const { contract, pactPath } = createContractInTempDir();
    writeFileSync(pactPath, "previous pact\n");
    await ping(contract, "a met ping", "1");
    await expect(ping(contract, "an unmet ping", "2")).rejects.toThrow();
    expect(() => contract.publish()).toThrow("nbcgate: pact not published; these interactions failed: an unmet ping");
    expect(readFileSync(pactPath, "utf8")).toBe("previous pact\n");
  });

  it("writes nothing when no interaction was met", async () => {
    const { contract, pactPath } = createContractInTempDir();
    await expect(ping(contract, "an unmet ping", "2")).rejects.toThrow();
    expect(() => contract.publish()).toThrow("these interactions failed: an unmet ping");
    expect(existsSync(pactPath)).toBe(false);
  });
});
