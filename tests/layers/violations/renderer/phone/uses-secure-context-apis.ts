// The phone page runs over plain HTTP: no API a browser keeps for secure contexts.
export const id = crypto.randomUUID() // ✗ no-restricted-properties
export const alsoId = window.crypto.randomUUID() // ✗ no-restricted-properties
export const digest = crypto.subtle.digest('SHA-256', new Uint8Array()) // ✗ no-restricted-properties
export const worker = navigator.serviceWorker.register('/sw.js') // ✗ no-restricted-properties
export const copy = navigator.clipboard.writeText('ABC 123') // ✗ no-restricted-properties
export const random = crypto.getRandomValues(new Uint8Array(4))
