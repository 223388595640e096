// Package actor finds and resolves the people, organizations, states and
// places named in a document, against an embedded, dated knowledge base.
//
// The knowledge base (KB) joins bluf's curated actor file
// (data/actors.txt, format in data/README.md) with the Phoenix/PETRARCH
// actor dictionaries. Find matches its names on token boundaries, finds
// names it lacks from capitalisation, title words, organization and place
// heads and context, resolves short forms (surnames, acronyms, capitals
// standing for governments) to one entity per document, and ranks the
// entities by salience.
//
// Mention types say how a name is used: a country is a location where it
// is a place ("in Iraq") and a government where it acts ("Iraq signed",
// "Washington warned"); a nationality word is a nationality mention of
// the state ("Iraqi"), counted half for salience; "Iraqi forces", "the
// government of Iraq" and "Iran-backed militias" are entities of their
// own with the state as Affiliation. Entity.Type is the entity's kind
// (state, person, armed_group...) whatever the mention.
//
// For event coding: Entity.Code is the CAMEO actor code of an entity as
// of the document's date; KB.MentionCode(mention, entity) adds GOV when a capital
// or seat of government acts for its state; KB.AgentAt finds a role word
// (government, militia) after a mention and Agent.Apply combines it with
// the actor's code.
//
// Key(entities) marks which of Find's ranked entities are the article's
// key entities, for reports that show only those.
package actor
