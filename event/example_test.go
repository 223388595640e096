package event_test

import (
	"fmt"

	"bluf"
	"bluf/event"
)

func ExampleDyads() {
	ref := func(code string) bluf.ActorRef { return bluf.ActorRef{Name: code, Code: code} }
	evs := []bluf.Event{
		{ID: "e1", Source: ref("ETH"), Target: ref("SOM"), Date: "2023-05", Goldstein: 3.5, Modality: event.Asserted},
		{ID: "e2", Source: ref("SOM"), Target: ref("ETH"), Date: "2024-01-02", Goldstein: -4, Modality: event.Asserted},
		{ID: "e3", Source: ref("ETH"), Target: ref("SOM"), Date: "2024-02", Goldstein: -10, Modality: event.Threatened},
	}
	for _, d := range event.Dyads(evs, false) {
		fmt.Println(d.A.Code, d.B.Code, d.Count, d.Trend, d.Change)
		for _, p := range d.Periods {
			fmt.Println(" ", p.Period, p.Mean, p.Events)
		}
	}
	// Output:
	// ETH SOM 2 souring -7.5
	//   2023 3.5 [e1]
	//   2024 -4 [e2]
}

func ExampleParseDates() {
	for _, d := range event.ParseDates("After the 2019 strikes, talks resumed last November and again on June 24, 2025.", "2025-07-01") {
		fmt.Println(d)
	}
	// Output:
	// 2019 year
	// 2024-11 relative
	// 2025-06-24 explicit
}
