package extract

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"bluf"
)

// Read reads source (a file path, an http(s) URL, or "-" for opt.Stdin)
// and returns the cleaned document. Sentences are not set; package text
// does that.
//
// A file's kind is decided by its extension (.txt, .md, .markdown: text;
// .html, .htm, .xhtml: HTML) and otherwise by sniffing its content; a
// URL's by its Content-Type, then by sniffing.
func Read(ctx context.Context, source string, opt Options) (*bluf.Document, error) {
	switch {
	case source == "-":
		if opt.Stdin == nil {
			return nil, fmt.Errorf("read stdin: no reader")
		}
		raw, err := readLimited(opt.Stdin, opt.maxBytes())
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return decode("stdin", "-", raw, kindUnknown, "", "")
	case isURL(source):
		raw, ctype, final, err := Fetch(ctx, source, opt)
		if err != nil {
			return nil, err
		}
		return decode(source, source, raw, kindOfContentType(ctype), final, ctype)
	}
	raw, err := readFile(source, opt.maxBytes())
	if err != nil {
		return nil, err
	}
	return decode(source, source, raw, kindOfPath(source), "", "")
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

type kind int

const (
	kindUnknown kind = iota
	kindText
	kindHTML
)

func kindOfPath(p string) kind {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".text", ".md", ".markdown":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	}
	return kindUnknown
}

func kindOfContentType(ct string) kind {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return kindUnknown
	}
	switch {
	case mt == "text/html", mt == "application/xhtml+xml":
		return kindHTML
	case mt == "text/plain", mt == "text/markdown":
		return kindText
	}
	return kindUnknown
}

// readFile reads path, refusing a file above max bytes before reading it.
func readFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in the message
		}
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("read %s: is a directory", path)
	}
	if fi.Mode().IsRegular() && fi.Size() > max {
		return nil, fmt.Errorf("read %s: %d bytes, limit %d: %w", path, fi.Size(), max, ErrTooLarge)
	}
	raw, err := readLimited(f, max)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return raw, nil
}

// readLimited reads at most max+1 bytes of r and refuses more than max.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("more than %d bytes: %w", max, ErrTooLarge)
	}
	return raw, nil
}

// decode checks raw and hands it to Text or HTML by kind.
func decode(name, source string, raw []byte, k kind, pageURL, contentType string) (*bluf.Document, error) {
	raw = fromUTF16(raw)
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("read %s: %w", name, ErrEmpty)
	}
	if k == kindUnknown || k == kindText && strongHTML(raw) {
		k = sniff(raw)
	}
	if k == kindHTML {
		return htmlDoc(source, raw, pageURL, contentType)
	}
	return Text(source, textCharset(raw, contentType))
}

// textCharset decodes text served with a declared legacy charset
// ("text/plain; charset=windows-1252") to UTF-8. Valid UTF-8, and text
// without a declaration, are returned as they are.
func textCharset(raw []byte, contentType string) []byte {
	if utf8.Valid(raw) || contentType == "" {
		return raw
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return raw
	}
	enc, _ := charset.Lookup(params["charset"])
	if enc == nil {
		return raw
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// sniff decides whether raw looks like HTML; anything else is text.
func sniff(raw []byte) kind {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<article", "<div", "<p>", "<p "} {
		if bytes.HasPrefix(head, []byte(p)) {
			return kindHTML
		}
	}
	return kindText
}

// fromUTF16 converts text that starts with a UTF-16 byte-order mark (as
// Windows editors save it) to UTF-8; other input is returned as is.
func fromUTF16(raw []byte) []byte {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		order = binary.LittleEndian
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		order = binary.BigEndian
	default:
		return raw
	}
	raw = raw[2:]
	units := make([]uint16, len(raw)/2)
	for i := range units {
		units[i] = order.Uint16(raw[2*i:])
	}
	var b bytes.Buffer
	b.Grow(len(raw))
	for _, r := range utf16.Decode(units) {
		b.WriteRune(r)
	}
	return b.Bytes()
}

// strongHTML reports a document that declares itself HTML, whatever its
// file name says.
func strongHTML(raw []byte) bool {
	head := raw
	if len(head) > 512 {
		head = head[:512]
	}
	head = bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkText validates raw as text: not empty, not binary, valid UTF-8.
// It returns the text without a byte-order mark.
func checkText(raw []byte) (string, error) {
	raw = bytes.TrimPrefix(raw, utf8BOM)
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", ErrEmpty
	}
	if err := checkBinary(raw); err != nil {
		return "", err
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, size := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return "", fmt.Errorf("%w at byte %d", ErrInvalidUTF8, off)
	}
	return string(raw), nil
}

// checkBinary refuses data with NUL bytes or many control characters in
// its first 8 KiB.
func checkBinary(raw []byte) error {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for i, b := range head {
		if b == 0 {
			return fmt.Errorf("%w: NUL byte at %d", ErrBinary, i)
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	if ctl > 0 && ctl*20 > len(head) {
		return fmt.Errorf("%w: %d control bytes in the first %d", ErrBinary, ctl, len(head))
	}
	return nil
}
