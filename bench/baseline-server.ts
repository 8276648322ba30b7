/**
 * The machine's ceiling for the bench: a bare `node:http` server that answers every request with
 * the same canned JSON paymock serves for `GET /currency/chain`, and nothing else (no routing, no
 * validation, no logging). Usage: `node --import tsx bench/baseline-server.ts <port> <body-file>`.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, bodyFile] = process.argv.slice(2);
if (port === undefined || bodyFile === undefined) throw new Error("usage: baseline-server.ts <port> <body-file>");
const body = readFileSync(bodyFile);
const headers = { "content-type": "application/json", "content-length": String(body.length) };

createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(port), "127.0.0.1");
