// Registers the service worker that keeps the help pages readable offline (src/pages/sw.js.ts).
// A file of its own, not inline code, so the pages' Content-Security-Policy stays as it is.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
