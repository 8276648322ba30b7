/**
 * The breaking-change rules, one fixture pair per rule: `fixtures/base.yaml` against
 * `fixtures/<rule>.yaml` (the base with one change), checked with the pact in `fixtures/pacts/`.
 * Each row names the breaking changes the rule must report and the interactions they break.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffSpecs, toDiffTable } from "../../src/diff/diff-specs.js";
import { readPacts } from "../../src/diff/pact-impact.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const read = (name: string) => readFileSync(`${FIXTURES}${name}.yaml`, "utf8");
const pacts = readPacts(`${FIXTURES}pacts`);

const diff = (rule: string) =>
  diffSpecs({ name: "fixture-shop", oldText: read("base"), newText: read(rule), pacts, provider: "fixture-shop" });

/** The breaking changes as `[kind, operation, where, field, interactions]`. */
const breakingOf = (rule: string) =>
  diff(rule)
    .changes.filter((c) => c.breaking)
    .map((c) => [c.kind, c.operation, c.where, c.field, c.interactions]);

describe("breaking changes, one fixture pair per rule", () => {
  it.each([
    {
      rule: "operation-removed",
      want: [
        [
          "operation-removed",
          "GET /orders/{id}",
          "operation",
          "",
          ["an order", "an order without its total", "a missing order"],
        ],
      ],
    },
    {
      rule: "response-status-removed",
      want: [["response-status-removed", "GET /orders/{id}", "response 404", "", ["a missing order"]]],
    },
    {
      rule: "response-field-removed",
      want: [
        ["field-removed", "GET /orders/{id}", "response 200 body", "total", ["an order"]],
        ["field-removed", "POST /orders", "response 201 body", "total", ["a new order"]],
      ],
    },
    {
      rule: "response-field-renamed",
      want: [["field-renamed", "GET /chains", "response 200 body", "[].testnet", []]],
    },
    {
      rule: "response-field-optional",
      want: [
        [
          "field-became-optional",
          "GET /orders/{id}",
          "response 200 body",
          "status",
          ["an order", "an order without its total"],
        ],
        ["field-became-optional", "POST /orders", "response 201 body", "status", ["a new order"]],
      ],
    },
    {
      rule: "response-field-nullable",
      want: [
        ["field-became-nullable", "GET /orders/{id}", "response 200 body", "total", ["an order"]],
        ["field-became-nullable", "POST /orders", "response 201 body", "total", ["a new order"]],
      ],
    },
    {
      rule: "response-enum-widened",
      want: [
        ["enum-changed", "GET /orders/{id}", "response 200 body", "status", ["an order", "an order without its total"]],
        ["enum-changed", "POST /orders", "response 201 body", "status", ["a new order"]],
      ],
    },
    {
      rule: "request-field-required",
      want: [["field-became-required", "POST /orders", "request body", "customer", ["a new order"]]],
    },
    {
      rule: "request-parameter-required",
      want: [
        [
          "parameter-added",
          "GET /orders/{id}",
          "query parameter locale",
          "",
          ["an order", "an order without its total", "a missing order"],
        ],
      ],
    },
    {
      rule: "request-enum-narrowed",
      want: [["enum-changed", "POST /orders", "request body", "currency", ["a new order"]]],
    },
    {
      rule: "request-type-narrowed",
      want: [["type-changed", "POST /orders", "request body", "amount", ["a new order"]]],
    },
    {
      rule: "security-changed",
      want: [
        [
          "security-changed",
          "GET /orders/{id}",
          "security",
          "",
          ["an order", "an order without its total", "a missing order"],
        ],
        ["security-changed", "POST /orders", "security", "", ["a new order"]],
      ],
    },
  ])("$rule", ({ rule, want }) => {
    expect(breakingOf(rule)).toEqual(want);
  });

  it("reports compatible changes, and classifies none of them as breaking", () => {
    const changes = diff("compatible").changes;
    expect(changes.filter((c) => c.breaking)).toEqual([]);
    expect(changes.map((c) => [c.kind, c.operation, c.where, c.field])).toEqual(
      expect.arrayContaining([
        ["operation-added", "GET /health", "operation", ""],
        ["field-added", "POST /orders", "request body", "memo"],
        ["enum-changed", "POST /orders", "request body", "currency"],
        ["field-added", "GET /orders/{id}", "response 200 body", "createdAt"],
        ["parameter-removed", "GET /orders/{id}", "query parameter expand", ""],
        ["security-changed", "GET /orders/{id}", "security", ""],
      ]),
    );
  });

  it("reports nothing for identical specs", () => {
    expect(diff("base").changes).toEqual([]);
  });

  it("prints a table, breaking first, with the broken interactions under their change", () => {
    expect(toDiffTable([diff("response-field-removed")])).toEqual([
      "fixture-shop: 2 change(s), 2 breaking",
      "            operation         where              change",
      '  BREAKING  GET /orders/{id}  response 200 body  "total" removed',
      '            breaks pact interaction "an order"',
      '  BREAKING  POST /orders      response 201 body  "total" removed',
      '            breaks pact interaction "a new order"',
      "2 breaking change(s): clients built on the old spec may fail.",
    ]);
  });
});
