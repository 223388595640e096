package corpus

import (
	"time"

	"bluf/extract"
)

type extractOptions = extract.Options

func fixedNow() time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) }
