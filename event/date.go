package event

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// civil is a calendar date of year, month or day precision: M and D are
// zero when unknown.
type civil struct{ Y, M, D int }

// String formats the date in ISO 8601 at its precision: 2006, 2006-01 or
// 2006-01-02.
func (c civil) String() string {
	switch {
	case c.M == 0:
		return fmt.Sprintf("%04d", c.Y)
	case c.D == 0:
		return fmt.Sprintf("%04d-%02d", c.Y, c.M)
	}
	return fmt.Sprintf("%04d-%02d-%02d", c.Y, c.M, c.D)
}

func (c civil) time() time.Time {
	return time.Date(c.Y, time.Month(c.M), c.D, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) civil { return civil{t.Year(), int(t.Month()), t.Day()} }

// parseISO parses the leading date of an ISO 8601 date or date-time
// ("2024-02-01", "2024-02-01T10:00:00Z"). Only a full day counts as an
// article date.
func parseISO(s string) (civil, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return civil{}, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return civil{}, false
	}
	return civil{y, m, d}, true
}

// dateMention is a date expression found in a sentence.
type dateMention struct {
	first, last int // tokens
	value       string
	basis       string
}

var months = map[string]int{
	"JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "MAY": 5, "JUNE": 6, "JULY": 7,
	"AUGUST": 8, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12,
	"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9,
	"SEPT": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}

var weekdays = map[string]time.Weekday{
	"MONDAY": time.Monday, "TUESDAY": time.Tuesday, "WEDNESDAY": time.Wednesday,
	"THURSDAY": time.Thursday, "FRIDAY": time.Friday, "SATURDAY": time.Saturday, "SUNDAY": time.Sunday,
}

var numberWords = map[string]int{
	"A": 1, "AN": 1, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6,
	"SEVEN": 7, "EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12,
	"SEVERAL": 0, "FEW": 0,
}

// Words before a bare year that make it a date rather than a count.
var yearLead = map[string]bool{
	"IN": true, "SINCE": true, "BY": true, "UNTIL": true, "TILL": true, "OF": true, "FROM": true,
	"AFTER": true, "BEFORE": true, "DURING": true, "EARLY": true, "LATE": true, "MID": true,
	"THE": true, "'S": true, "AND": true, "TO": true, "THROUGH": true, "AROUND": true, "FOR": true,
	"SPRING": true, "SUMMER": true, "AUTUMN": true, "FALL": true, "WINTER": true, ",": true, "(": true,
}

// ParseDates returns the dates named in text, each as an ISO 8601 value
// and its basis ("explicit", "relative" or "year"), in text order.
// published is the article date (ISO 8601) that relative expressions
// ("last week", "in December") are resolved against; when it is empty
// they are skipped rather than guessed.
func ParseDates(text, published string) []string {
	pub, ok := parseISO(published)
	var out []string
	for _, d := range findDates(tokenize(text), pub, ok) {
		out = append(out, d.value+" "+d.basis)
	}
	return out
}

// findDates finds the date expressions of a tokenized sentence.
func findDates(toks []token, pub civil, hasPub bool) []dateMention {
	var out []dateMention
	add := func(first, last int, c civil, basis string) {
		if c.Y < 1000 || c.Y > 2999 {
			return
		}
		out = append(out, dateMention{first: first, last: last, value: c.String(), basis: basis})
	}
	for i := 0; i < len(toks); i++ {
		u := toks[i].up
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k].up
			}
			return ""
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].up
		}
		mu := strings.TrimSuffix(u, ".")
		for _, p := range []string{"MID-", "EARLY-", "LATE-"} {
			mu = strings.TrimPrefix(mu, p)
		}
		if m, ok := months[mu]; ok && (mu != u && mu != strings.TrimSuffix(u, ".") || isMonthUse(toks, i)) {
			j := i + 1
			if j < len(toks) && toks[j].up == "." {
				j++
			}
			// Month Day[,] Year / Month Day.
			if j < len(toks) {
				if d, ok := dayNumber(toks[j].up); ok {
					k := j + 1
					if k < len(toks) && toks[k].up == "," {
						k++
					}
					if k < len(toks) {
						if y, ok := yearNumber(toks[k].up); ok {
							add(i, k, civil{y, m, d}, BasisExplicit)
							i = k
							continue
						}
					}
					if hasPub {
						add(i, j, pastDay(pub, m, d), BasisRelative)
					}
					i = j
					continue
				}
				// Month Year.
				if y, ok := yearNumber(toks[j].up); ok {
					add(i, j, civil{y, m, 0}, BasisExplicit)
					i = j
					continue
				}
			}
			// Month alone: "last November", "in December".
			if hasPub {
				switch prev {
				case "NEXT":
					y := pub.Y
					if m <= pub.M {
						y++
					}
					add(i-1, i, civil{y, m, 0}, BasisRelative)
				case "THIS":
					add(i-1, i, civil{pub.Y, m, 0}, BasisRelative)
				case "LAST":
					y := pub.Y
					if m >= pub.M {
						y--
					}
					add(i-1, i, civil{y, m, 0}, BasisRelative)
				default:
					y := pub.Y
					if m > pub.M {
						y--
					}
					add(i, i, civil{y, m, 0}, BasisRelative)
				}
			}
			continue
		}
		// Day Month [Year]: "3 March", "24 June 2025".
		if d, ok := dayNumber(u); ok {
			if m, ok := months[strings.TrimSuffix(next(1), ".")]; ok {
				if y, ok := yearNumber(next(2)); ok {
					add(i, i+2, civil{y, m, d}, BasisExplicit)
					i += 2
					continue
				}
				if hasPub {
					add(i, i+1, pastDay(pub, m, d), BasisRelative)
				}
				i++
				continue
			}
		}
		// ISO dates "2024-04-03".
		if c, ok := parseISO(u); ok && len(u) == 10 {
			add(i, i, c, BasisExplicit)
			continue
		}
		// Bare or prefixed years: "in 2019", "the 2020 strike", "mid-2023".
		yu := u
		for _, p := range []string{"MID-", "EARLY-", "LATE-"} {
			yu = strings.TrimPrefix(yu, p)
		}
		if y, ok := yearNumber(yu); ok {
			if yu != u || yearLead[prev] || i == 0 || !countNoun(next(1)) {
				if prev != "$" && next(1) != "%" && next(1) != "PERCENT" {
					add(i, i, civil{y, 0, 0}, BasisYear)
				}
			}
			continue
		}
		if !hasPub {
			continue
		}
		switch u {
		case "YESTERDAY":
			add(i, i, fromTime(pub.time().AddDate(0, 0, -1)), BasisRelative)
			continue
		case "TODAY", "TONIGHT":
			add(i, i, pub, BasisRelative)
			continue
		case "TOMORROW":
			add(i, i, fromTime(pub.time().AddDate(0, 0, 1)), BasisRelative)
			continue
		case "LAST", "THIS", "NEXT", "PAST":
			step := map[string]int{"LAST": -1, "PAST": -1, "THIS": 0, "NEXT": 1}[u]
			switch next(1) {
			case "WEEK":
				add(i, i+1, fromTime(pub.time().AddDate(0, 0, 7*step)), BasisRelative)
				i++
				continue
			case "MONTH":
				t := pub.time().AddDate(0, step, 0)
				if pub.D > 28 {
					t = civil{pub.Y, pub.M, 1}.time().AddDate(0, step, 0)
				}
				add(i, i+1, civil{t.Year(), int(t.Month()), 0}, BasisRelative)
				i++
				continue
			case "YEAR":
				add(i, i+1, civil{pub.Y + step, 0, 0}, BasisRelative)
				i++
				continue
			}
			if wd, ok := weekdays[next(1)]; ok {
				add(i, i+1, pastWeekday(pub, wd, step), BasisRelative)
				i++
				continue
			}
		}
		if wd, ok := weekdays[u]; ok && (prev == "ON" || prev == "SINCE" || prev == "BY" || prev == "LATE" || prev == "EARLY" || next(1) == "NIGHT" || next(1) == "MORNING") {
			add(i, i, pastWeekday(pub, wd, 0), BasisRelative)
			continue
		}
		// "N days/weeks/months/years ago".
		if n, ok := count(u); ok && next(2) == "AGO" {
			var t time.Time
			switch strings.TrimSuffix(next(1), "S") {
			case "DAY":
				t = pub.time().AddDate(0, 0, -n)
				add(i, i+2, fromTime(t), BasisRelative)
			case "WEEK":
				t = pub.time().AddDate(0, 0, -7*n)
				add(i, i+2, fromTime(t), BasisRelative)
			case "MONTH":
				t = civil{pub.Y, pub.M, 1}.time().AddDate(0, -n, 0)
				add(i, i+2, civil{t.Year(), int(t.Month()), 0}, BasisRelative)
			case "YEAR":
				add(i, i+2, civil{pub.Y - n, 0, 0}, BasisRelative)
			}
		}
	}
	return out
}

// isMonthUse tells the month "May" from the modal verb, and "March"
// from the verb: the capitalized word before a number, or after "in",
// "last", "early" and the like.
func isMonthUse(toks []token, i int) bool {
	u := strings.TrimSuffix(toks[i].up, ".")
	if u != "MAY" && u != "MARCH" && u != "MAR" && u != "JUNE" && u != "AUGUST" {
		return true
	}
	if !isCapitalized(toks[i].text) {
		return false
	}
	if i+1 < len(toks) {
		if _, ok := dayNumber(toks[i+1].up); ok {
			return true
		}
		if _, ok := yearNumber(toks[i+1].up); ok {
			return true
		}
	}
	if i > 0 {
		switch toks[i-1].up {
		case "IN", "LAST", "NEXT", "THIS", "EARLY", "LATE", "MID", "SINCE", "UNTIL", "BY", "OF", "DURING", "FROM":
			return true
		}
		if _, ok := dayNumber(toks[i-1].up); ok {
			return true
		}
	}
	return false
}

// dayNumber parses "3", "03", "3rd", "24th".
func dayNumber(u string) (int, bool) {
	for _, suf := range []string{"ST", "ND", "RD", "TH"} {
		u = strings.TrimSuffix(u, suf)
	}
	if len(u) == 0 || len(u) > 2 || !isDigits(u) {
		return 0, false
	}
	d, _ := strconv.Atoi(u)
	return d, d >= 1 && d <= 31
}

// yearNumber parses a four-digit year between 1900 and 2099.
func yearNumber(u string) (int, bool) {
	if len(u) != 4 || !isDigits(u) {
		return 0, false
	}
	y, _ := strconv.Atoi(u)
	return y, y >= 1900 && y <= 2099
}

func count(u string) (int, bool) {
	if n, ok := numberWords[u]; ok && n > 0 {
		return n, true
	}
	if isDigits(u) && len(u) <= 3 {
		n, _ := strconv.Atoi(u)
		return n, n > 0
	}
	return 0, false
}

// countNoun reports a plural noun after a number, which makes "2000
// troops" a count and not a year.
func countNoun(u string) bool {
	switch u {
	case "PEOPLE", "TROOPS", "SOLDIERS", "FIGHTERS", "CIVILIANS", "DOLLARS", "BARRELS", "MEN", "WOMEN", "CHILDREN", "MILES", "KILOMETRES", "KILOMETERS", "TONS", "TONNES", "UNITS", "HOMES", "HOUSES", "DEAD", "KILLED", "REFUGEES", "MEMBERS", "PERSONNEL", "MARINES", "VEHICLES", "ROCKETS", "MISSILES", "DRONES", "ATTACKS", "STRIKES", "CASES":
		// A year may qualify "strikes" or "attacks"; it is a count only
		// when no determiner came before, which yearLead handles.
		return true
	}
	return false
}

// pastDay resolves a day and month without a year to the latest such
// date not more than a month after pub.
func pastDay(pub civil, m, d int) civil {
	c := civil{pub.Y, m, d}
	if c.time().After(pub.time().AddDate(0, 1, 0)) {
		c.Y--
	}
	return c
}

// pastWeekday resolves a weekday: the latest one on or before pub
// (step 0 or -1: "on Monday", "last Monday"), or the next one (step 1).
func pastWeekday(pub civil, wd time.Weekday, step int) civil {
	t := pub.time()
	if step > 0 {
		diff := (int(wd) - int(t.Weekday()) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return fromTime(t.AddDate(0, 0, diff))
	}
	diff := (int(t.Weekday()) - int(wd) + 7) % 7
	if step < 0 && diff == 0 {
		diff = 7
	}
	return fromTime(t.AddDate(0, 0, -diff))
}

// nearestDate returns the date expression nearest to token v.
func nearestDate(ds []dateMention, v int, toks []token) (dateMention, bool) {
	best, bestDist := -1, 0
	for k, d := range ds {
		dist := 0
		switch {
		case d.last < v:
			dist = v - d.last
		case d.first > v:
			dist = d.first - v
		}
		if best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return dateMention{}, false
	}
	return ds[best], true
}

func isYear(u string) bool {
	_, ok := yearNumber(u)
	return ok
}
