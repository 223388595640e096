// Package text splits a cleaned body into paragraphs, sentences and tokens
// with byte offsets. It is pure: no I/O, no global state beyond read-only
// tables.
package text
