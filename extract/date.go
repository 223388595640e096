package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date patterns, compiled once. Go's regexp runs in linear time, so they
// are safe on hostile input; they run only on short lines.
var (
	monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	isoRE   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b`)
	numRE   = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	cjkRE   = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	slashRE = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
	mdyRE   = regexp.MustCompile(`(?i)\b` + monthRE + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\.?,?\s+(\d{4})\b`)
	timeRE  = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?(utc|gmt|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|eest|msk|jst|kst|hkt|sgt|wib|pkt|ast|eat|cat|wat|sast)\)?\b)?(?:\s*(?:utc|gmt)?\s*([+-]\d{1,2}(?::?\d{2})?))?`)
)

var monthNum = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// zoneOffset gives fixed offsets in seconds of zone abbreviations whose
// meaning is unambiguous in news datelines. US "ET", "CT", "MT" and "PT"
// follow US daylight-saving rules (usZone).
var zoneOffset = map[string]int{
	"utc": 0, "gmt": 0, "z": 0,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
	"bst": 1 * 3600, "cet": 1 * 3600, "cest": 2 * 3600, "eet": 2 * 3600,
	"eest": 3 * 3600, "msk": 3 * 3600, "jst": 9 * 3600, "kst": 9 * 3600,
	"hkt": 8 * 3600, "sgt": 8 * 3600, "wib": 7 * 3600, "pkt": 5 * 3600,
	"eat": 3 * 3600, "cat": 2 * 3600, "wat": 1 * 3600, "sast": 2 * 3600,
	"ast": 3 * 3600, // Arabia Standard Time, as in Gulf and Iraqi media
}

var usZoneStd = map[string]int{"et": -5, "ct": -6, "mt": -7, "pt": -8}

// ParseDate finds the first calendar date in s and returns it as ISO 8601:
// "2006-01-02", or an RFC 3339 date-time when s also gives a time of day
// and a zone. It never guesses: a relative phrase ("last year",
// "yesterday") or a date without a year gives ok == false. The returned
// span is the byte range of the date (and time) in s.
func ParseDate(s string) (iso string, span [2]int, ok bool) {
	y, m, d, span, ok := findDate(s)
	if !ok {
		return "", span, false
	}
	iso = formatDate(y, m, d)
	// An ISO date-time carries its own time and zone.
	if loc := isoRE.FindStringSubmatchIndex(s); loc != nil && loc[0] == span[0] && loc[8] >= 0 {
		hh, _ := strconv.Atoi(s[loc[8]:loc[9]])
		mm, _ := strconv.Atoi(s[loc[10]:loc[11]])
		ss := 0
		if loc[12] >= 0 {
			ss, _ = strconv.Atoi(s[loc[12]:loc[13]])
		}
		if loc[14] >= 0 && hh < 24 && mm < 60 && ss < 60 {
			off, ok := parseOffset(s[loc[14]:loc[15]])
			if ok {
				t := time.Date(y, m, d, hh, mm, ss, 0, time.FixedZone("", off))
				return t.Format(time.RFC3339), span, true
			}
		}
		return iso, span, true
	}
	// Otherwise look for a time of day near the date.
	if t, tspan, ok := findTime(s, y, m, d); ok && nearby(span, tspan) {
		if tspan[0] < span[0] {
			span[0] = tspan[0]
		}
		if tspan[1] > span[1] {
			span[1] = tspan[1]
		}
		return t, span, true
	}
	return iso, span, true
}

// nearby reports whether two spans are within a few bytes of each other.
func nearby(a, b [2]int) bool {
	if b[0] >= a[1] {
		return b[0]-a[1] <= 8
	}
	return a[0]-b[1] <= 8
}

func findDate(s string) (y int, m time.Month, d int, span [2]int, ok bool) {
	best := -1
	try := func(loc []int, yi, mi, di int, named bool) {
		if loc == nil || (best >= 0 && loc[0] >= best) {
			return
		}
		yy, err1 := strconv.Atoi(s[loc[2*yi]:loc[2*yi+1]])
		dd, err2 := strconv.Atoi(s[loc[2*di]:loc[2*di+1]])
		var mm time.Month
		if named {
			key := strings.ToLower(s[loc[2*mi]:loc[2*mi+1]])
			if len(key) > 3 {
				key = key[:3]
			}
			mm = monthNum[key]
		} else {
			n, err := strconv.Atoi(s[loc[2*mi]:loc[2*mi+1]])
			if err != nil {
				return
			}
			mm = time.Month(n)
		}
		if err1 != nil || err2 != nil || !validDate(yy, mm, dd) {
			return
		}
		best = loc[0]
		y, m, d, span, ok = yy, mm, dd, [2]int{loc[0], loc[1]}, true
	}
	try(isoRE.FindStringSubmatchIndex(s), 1, 2, 3, false)
	try(slashRE.FindStringSubmatchIndex(s), 1, 2, 3, false)
	try(cjkRE.FindStringSubmatchIndex(s), 1, 2, 3, false)
	// dd/mm/yyyy or mm/dd/yyyy only when the day is over 12, so that the
	// order cannot be mistaken.
	if loc := numRE.FindStringSubmatchIndex(s); loc != nil {
		a, _ := strconv.Atoi(s[loc[2]:loc[3]])
		b, _ := strconv.Atoi(s[loc[4]:loc[5]])
		switch {
		case a > 12 && b <= 12:
			try(loc, 3, 2, 1, false)
		case b > 12 && a <= 12:
			try(loc, 3, 1, 2, false)
		}
	}
	try(mdyRE.FindStringSubmatchIndex(s), 3, 1, 2, true)
	try(dmyRE.FindStringSubmatchIndex(s), 3, 2, 1, true)
	return
}

func validDate(y int, m time.Month, d int) bool {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && t.Month() == m
}

func formatDate(y int, m time.Month, d int) string {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// findTime looks for a time of day with a zone in s and returns it as an
// RFC 3339 date-time on the given date. A time without a zone is not
// returned: it cannot be placed on the time line.
func findTime(s string, y int, m time.Month, d int) (string, [2]int, bool) {
	for _, loc := range timeRE.FindAllStringSubmatchIndex(s, 4) {
		hh, _ := strconv.Atoi(s[loc[2]:loc[3]])
		mm, _ := strconv.Atoi(s[loc[4]:loc[5]])
		if loc[8] >= 0 {
			ap := strings.ToLower(strings.ReplaceAll(s[loc[8]:loc[9]], ".", ""))
			if hh < 1 || hh > 12 {
				continue
			}
			if ap == "pm" && hh != 12 {
				hh += 12
			} else if ap == "am" && hh == 12 {
				hh = 0
			}
		}
		if hh > 23 || mm > 59 {
			continue
		}
		off, haveZone := 0, false
		if loc[10] >= 0 {
			z := strings.ToLower(s[loc[10]:loc[11]])
			if std, us := usZoneStd[z]; us {
				off, haveZone = std*3600, true
				if usDST(y, m, d) {
					off += 3600
				}
			} else if o, known := zoneOffset[z]; known {
				off, haveZone = o, true
			}
		}
		if loc[12] >= 0 {
			if o, valid := parseOffset(s[loc[12]:loc[13]]); valid {
				off += o
				haveZone = true
			}
		}
		if !haveZone {
			continue
		}
		t := time.Date(y, m, d, hh, mm, 0, 0, time.FixedZone("", off))
		return t.Format(time.RFC3339), [2]int{loc[0], loc[1]}, true
	}
	return "", [2]int{}, false
}

// usDST reports whether US daylight-saving time is in effect on the date
// (second Sunday of March to first Sunday of November, since 2007).
func usDST(y int, m time.Month, d int) bool {
	if m < 3 || m > 11 {
		return false
	}
	if m > 3 && m < 11 {
		return true
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
	sunday := 1 + (7-int(first))%7 // first Sunday of the month
	if m == 3 {
		return d >= sunday+7
	}
	return d < sunday
}

// parseOffset parses "Z", "+03:00", "+0300", "+3" or "-05" into seconds.
func parseOffset(s string) (int, bool) {
	if s == "Z" || s == "z" {
		return 0, true
	}
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	var err error
	switch len(digits) {
	case 1, 2:
		h, err = strconv.Atoi(digits)
	case 3, 4:
		h, err = strconv.Atoi(digits[:len(digits)-2])
		if err == nil {
			m, err = strconv.Atoi(digits[len(digits)-2:])
		}
	default:
		return 0, false
	}
	if err != nil || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}
