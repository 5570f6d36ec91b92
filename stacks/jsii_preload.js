// Loaded into the jsii kernel's Node process (NODE_OPTIONS=--require, set by stacks/synth.py).
//
// cdktf records a complete JavaScript stack trace (Error.stackTraceLimit raised to the maximum,
// then formatted to strings) for every token, lazy value and complex attribute it creates, only
// to print it if resolving that token fails. In a Python app those are stacks of the jsii kernel,
// not of the Python code that made the token, and taking them is about a tenth of the synth's
// CPU. This hook makes cdktf's capture function return no frames; nothing else changes, and the
// synthesized JSON is byte for byte the same (tests/unit/test_synth_shards.py).
// Set MAIL_CDKTF_STACK_TRACES=1 to keep them.
"use strict";
const Module = require("module");
const path = require("path");

const TARGET = path.join("cdktf", "lib", "tokens", "private", "stack-trace.js");
const load = Module._load;

function noFrames() {
  return [];
}

Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  // cdktf's modules call it as `stack_trace_1.captureStackTrace(...)`, a property read at each
  // call, so replacing the export once covers them all.
  if (typeof request === "string" && request.endsWith("stack-trace") && exported != null &&
      typeof exported.captureStackTrace === "function" && exported.captureStackTrace !== noFrames &&
      Module._resolveFilename(request, parent, isMain).endsWith(TARGET)) {
    exported.captureStackTrace = noFrames;
  }
  return exported;
};
