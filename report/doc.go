// Package report renders a bluf.Report as Markdown (the analysts' layout
// with [s12] citation markers and an evidence appendix), JSON (the stable
// schema in schema/report.schema.json) or one self-contained HTML page.
package report
