package actor

import (
	"testing"

	"bluf"
)

func TestKey(t *testing.T) {
	es := []bluf.Entity{
		{ID: "a", Type: bluf.State, Salience: 1},
		{ID: "b", Type: bluf.State, Salience: 0.9},
		{ID: "c", Type: bluf.Location, Salience: 0.5},
		{ID: "d", Type: bluf.State, Salience: 0.4},
		{ID: "e", Type: bluf.State, Salience: 0.3},
		{ID: "f", Type: bluf.State, Salience: 0.2},
		{ID: "g", Type: bluf.Person, Salience: 0.05},
		{ID: "h", Type: bluf.State, Salience: 0.05},
		{ID: "i", Type: bluf.Organization, Salience: 0.04, Code: "CHNBUS"},
		{ID: "j", Type: bluf.Government, Salience: 0.04},
		{ID: "k", Type: bluf.ArmedGroup, Salience: 0.03},
		{ID: "l", Type: bluf.Location, Salience: 0.03},
		{ID: "m", Type: bluf.Person, Salience: 0.01},
	}
	want := "abcdefg...k.."
	got := Key(es)
	for i, k := range got {
		w := want[i] != '.'
		if k != w {
			t.Errorf("Key: %s (%s %.2f) = %v, want %v", es[i].ID, es[i].Type, es[i].Salience, k, w)
		}
	}
	if Key(nil) == nil || len(Key(nil)) != 0 {
		t.Errorf("Key(nil) = %v, want empty", Key(nil))
	}
}

// TestKeySeeds: the principal actors of the seeds are key entities.
func TestKeySeeds(t *testing.T) {
	kb := testKB(t)
	want := map[string][]string{
		"002": {"Mohammed Shia al-Sudani", "Muqtada al-Sadr", "Ali Khamenei", "Fuad Hussein", "Bashar al-Assad",
			"Mike Waltz", "Harakat Hezbollah al-Nujaba", "Fatah Alliance", "TotalEnergies", "Gulf Cooperation Council",
			"Islamic State", "Iraq", "Iran", "United States", "Israel"},
		"001": {"United States", "Iraq", "Iran", "Islamic State", "Qassem Soleimani", "Abu Mahdi al-Muhandis",
			"Mohammed Shia al-Sudani", "Joe Biden"},
	}
	for seed, names := range want {
		_, es := kb.Find(seedDoc(t, seed))
		key := Key(es)
		isKey := map[string]bool{}
		for i, e := range es {
			if key[i] {
				isKey[e.Name] = true
			}
		}
		for _, n := range names {
			if !isKey[n] {
				t.Errorf("seed %s: %s is not a key entity", seed, n)
			}
		}
	}
}
