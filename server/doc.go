// Package server is bluf's web interface and HTTP API: a documents list
// with search and filters, the report page whose citation markers jump to
// and highlight the cited sentence, the ACH matrix, an event timeline, the
// dyad relation index and the actor network, the brief, and a form to add
// articles; and JSON endpoints for the same, described by the OpenAPI
// file served at /api/openapi.json.
//
// Everything the pages need (templates, CSS, JavaScript, the vendored
// Chart.js and Cytoscape.js) is embedded, so the binary works on an
// air-gapped network.
//
// Security: Serve refuses a listener on a non-loopback address unless a
// token is configured, and then every request must carry it (an
// Authorization: Bearer header, or the cookie set by /login or by a
// ?token= query). Responses carry a strict Content-Security-Policy (no
// inline script), request bodies are size-limited, requests time out,
// cross-origin state-changing requests are refused, and URL ingestion
// refuses private addresses (see Ingester) unless explicitly allowed.
package server
