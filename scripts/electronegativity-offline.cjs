// Loaded with `node --require` before Electronegativity. The tool fetches translations and Electron's
// release list from the internet at start; offline, `got` retries after the scan has begun and crashes
// the process (p-cancelable: "onCancel handler was attached after the promise settled"). Answering every
// request at once with "offline" keeps the scan deterministic and fast on machines without a network.
const Module = require('node:module')
const load = Module._load
Module._load = function loadWithoutNetwork(request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('Common Ground runs Electronegativity offline.'))
    offline.head = offline
    return offline
  }
  return load.call(this, request, ...rest)
}
