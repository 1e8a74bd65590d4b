// Package attribution reads whole news articles about Huawei and 5G network
// security and tells who holds which position: it finds the statements in
// running text, attributes each to a speaker and to the actor (government,
// company, EU institution, regulator, operator) the speaker belongs to,
// labels it with a stance classifier, and aggregates the labels per actor
// with the statements as evidence.
//
// # Pipeline
//
//	text → tokenize (sentences, tokens) → extraction → speaker resolution →
//	       actor registry → Classifier (stance.Model) → per-actor aggregation
//
// Extraction is rule-based and reads only the article. Per paragraph it
// finds:
//
//   - direct quotes in straight or curly marks, including quotes that run
//     over sentences, quotes split by their attribution (“…,” he said.
//     “…”) and multi-paragraph quotes (opening marks only);
//   - reported speech: X said/told/warned/stressed/… (that) …, … , X said,
//     according to X, it was reported that …, X's spokesperson said, and
//     headlines such as "Not 'one single cybersecurity issue', Huawei says";
//   - positions stated as acts: a clause whose subject is a known actor
//     ("Big telecoms operators oppose a Huawei ban", "Germany set tougher
//     criteria for all vendors"), with passives resolved to their agent
//     ("scrutinised by the National Cyber Security Centre").
//
// Page clutter is skipped: photo captions and credits, "Image:" lines,
// newsletter, editor and sponsor lines, footnote lists, and spam or
// non-Latin lines at the top of a page.
//
// # Speakers and actors
//
// Speakers are resolved in text order: full names, later family names
// ("Ansip" → Andrus Ansip), pronouns (he/she → the last person named; they →
// the last speaker), role phrases ("a Huawei spokesperson", "the company's
// chief legal officer", "a senior US official", "the official"), and
// anonymous sources or news outlets ("four people familiar with the
// matter", "the New York Times"), whose statements belong to the actor their
// content is about. A person's actor comes from the Registry (people lists)
// or from the title around the name ("Commission Vice-President Jyrki
// Katainen", "Huawei's rotating chairman Ken Hu"). A speaker nobody knows is
// reported as its own actor, of type "person" or "other".
//
// The Registry holds canonical actor names, types, aliases, demonyms and
// spokespeople. DefaultRegistry is embedded from actors_default.json and
// covers this debate; LoadRegistry reads the same format from a file, and
// Merge or Add extend it.
//
// # Labels
//
// Analyzer labels statements with any Classifier; *stance.Model is one.
// Aggregation is described on Analyzer. prose's named-entity recogniser is
// not used (it runs at about 0.1 MB/s); names are found from capitalisation,
// titles and the registry.
//
// Measured figures (statement precision/recall, actor recall, actor-label
// accuracy leave-one-article-out, articles per second) and the commands that
// reproduce them are in RESULTS.md beside this file.
package attribution
