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
// For event coding: Entity.Code is the CAMEO actor code of an entity as
// of the document's date; KB.MentionCode(mention, entity) adds GOV when a capital
// or seat of government acts for its state; KB.AgentAt finds a role word
// (government, militia) after a mention and Agent.Apply combines it with
// the actor's code.
package actor
