package assess

import (
	"math"
	"sort"
)

// fset is a feature set with its weighted vector, built once on first
// use: feature IDs in ascending order and their IDF weights. Comparing
// two sets then merges two sorted slices instead of hashing strings, and
// sums in a fixed order, so scores are reproducible to the last bit.
type fset struct {
	m       map[string]bool
	ids     []int32
	ws      []float64
	sum, sq float64
	ready   bool
}

func newFset(m map[string]bool) *fset { return &fset{m: m} }

func (x *fset) has(f string) bool { return x != nil && x.m[f] }

func (x *fset) size() int {
	if x == nil {
		return 0
	}
	return len(x.m)
}

// assignIDs numbers every feature of the document's prose in sorted
// order, so that IDs do not depend on map iteration.
func (a *analysis) assignIDs() {
	a.fid = map[string]int32{}
	keys := make([]string, 0, len(a.idf))
	for f := range a.idf {
		keys = append(keys, f)
	}
	sort.Strings(keys)
	for _, f := range keys {
		a.fid[f] = int32(len(a.wByID))
		a.wByID = append(a.wByID, a.idf[f])
	}
}

// prep builds x's vector.
func (a *analysis) prep(x *fset) {
	if x.ready {
		return
	}
	x.ready = true
	var fresh []string
	x.ids = make([]int32, 0, len(x.m))
	for f := range x.m {
		if id, ok := a.fid[f]; ok {
			x.ids = append(x.ids, id)
		} else {
			fresh = append(fresh, f)
		}
	}
	sort.Strings(fresh)
	for _, f := range fresh {
		id := int32(len(a.wByID))
		a.fid[f] = id
		a.wByID = append(a.wByID, a.weight(f))
		x.ids = append(x.ids, id)
	}
	sort.Slice(x.ids, func(i, j int) bool { return x.ids[i] < x.ids[j] })
	x.ws = make([]float64, len(x.ids))
	for i, id := range x.ids {
		w := a.wByID[id]
		x.ws[i] = w
		x.sum += w
		x.sq += w * w
	}
}

// inter returns the summed weight and squared weight of the features x
// and y share.
func (a *analysis) inter(x, y *fset) (w, sq float64) {
	a.prep(x)
	a.prep(y)
	i, j := 0, 0
	for i < len(x.ids) && j < len(y.ids) {
		switch {
		case x.ids[i] < y.ids[j]:
			i++
		case x.ids[i] > y.ids[j]:
			j++
		default:
			w += x.ws[i]
			sq += x.ws[i] * x.ws[i]
			i++
			j++
		}
	}
	return w, sq
}

// sim is the IDF-weighted overlap of two feature sets, normalised by the
// smaller set (so a short hypothesis fully contained in a long sentence
// scores 1).
func (a *analysis) sim(x, y *fset) float64 {
	if x.size() == 0 || y.size() == 0 {
		return 0
	}
	w, _ := a.inter(x, y)
	d := math.Min(x.sum, y.sum)
	if d == 0 {
		return 0
	}
	return w / d
}

// cosine is the IDF-weighted cosine of two feature sets.
func (a *analysis) cosine(x, y *fset) float64 {
	if x.size() == 0 || y.size() == 0 {
		return 0
	}
	_, sq := a.inter(x, y)
	if x.sq == 0 || y.sq == 0 {
		return 0
	}
	return sq / math.Sqrt(x.sq*y.sq)
}

// cosineDense is cosine(x, y) for a prepared x whose weights are spread
// in dense by feature ID, and a prepared y: one pass over y instead of a
// merge, adding the same terms in the same (ascending ID) order, so the
// result is identical to cosine's.
func cosineDense(dense []float64, x, y *fset) float64 {
	if x.size() == 0 || y.size() == 0 {
		return 0
	}
	var sq float64
	for _, id := range y.ids {
		if w := dense[id]; w != 0 {
			sq += w * w
		}
	}
	if x.sq == 0 || y.sq == 0 {
		return 0
	}
	return sq / math.Sqrt(x.sq*y.sq)
}
