// Package attribution reads whole news articles about Huawei and 5G network
// security and tells who holds which position: it finds the statements in
// running text, attributes each to a speaker and to the actor (government,
// company, EU institution, regulator, operator) the speaker belongs to,
// labels it with a stance classifier, and aggregates the labels per actor
// with the statements as evidence.
//
// # Use
//
//	m, err := stance.Default() // or nil: statements without labels
//	if err != nil {
//		return err
//	}
//	a, err := attribution.New(m, nil) // nil: DefaultRegistry
//	if err != nil {
//		return err
//	}
//	res, err := a.Analyze(article)
//	if err != nil {
//		return err
//	}
//	for _, ac := range res.Actors {
//		fmt.Println(ac.Name, ac.Label, ac.Confidence, len(ac.Statements))
//	}
//
// Options (WithSentiment, WithIssuer, WithGrammar, WithMaxBytes,
// WithoutLearnedLabels) check their values; New reports a bad one. A
// registry file read with LoadRegistry replaces the defaults;
// ExtendDefaults adds it to them.
//
// # Pipeline
//
// One file per step, each step reading the previous one's output:
//
//	segment.go    text → lines (\n, lone \r, windows of at most 8 KiB cut at a
//	              sentence end, so that analysis is linear in the text's
//	              length) → words; clutter.go tells body lines from headings
//	              and page clutter (grammar/clutter.txt)
//	quotes.go     quote spans of a line (straight, curly, split and
//	              multi-paragraph quotes)
//	cues.go       speech cues and reported acts: the holder phrase and the
//	              verb (grammar/verbs.txt), "according to X", "it was
//	              reported that", "…, saying that"; particle.go reads the
//	              phrasal acts ("go+for") and gives their label by rule;
//	              acronym.go the acronyms a text defines after a registry
//	              name ("… Security (BIS) …")
//	statements.go per paragraph, the statements: quotes with their cue,
//	              what the cues introduce, positions stated as acts
//	speaker.go    speaker resolution: persons, pronouns, role phrases,
//	              anaphora, titles; match.go and registry.go resolve names to
//	              actors (the registry plus grammar/gazetteer.txt)
//	source.go,    the sources of statements: a text's issuer (header,
//	turns.go      dateline or WithIssuer), Q&A answers, debate speeches,
//	              read with the layout rules of grammar/layout.txt
//	              (layout.go)
//	voice.go      own-voice statements: every unclaimed sentence of an answer,
//	              speech or release body belongs to its voice; positions it
//	              reports of others are described positions (Reporter); the
//	              voice claims its first person, what it says about vendors
//	              and off-topic acts, and reads acts its header lines answer
//	              and acts located in a government; subject.go finds a
//	              member's account of the executive held by a former office
//	              holder or a cleft focus ("It was X in government who …")
//	aggregate.go  per-actor positions, abstaining where nothing bears on
//	              the question
//	holders.go, holders_model.go
//	              the learned holder detector (off by default;
//	              WithHolderDetector): every actor the registry or the
//	              gazetteer names in the text is a candidate; a logistic
//	              regression over where and how it is named (holders.txt,
//	              written by go generate) adds one the rules did not list,
//	              with the sentences naming it in a holder's place
//	actorlabels.go, learnedlabels.go
//	              the learned actor label: logistic regressions over what
//	              the analyser knows of each labelled actor of a text with
//	              its own voice, trained on the official gold by go
//	              generate (actor_labels.txt); WithoutLearnedLabels turns
//	              it off
//
// Calls go down this list, with one exception kept from the earlier design:
// the statements and cues steps call speaker resolution as they go, since
// a speaker is resolved in text order against what came before.
//
// The grammar is data (grammar.go): reporting verbs keyed by lemma (forms
// generated, inflect.go), word classes, titles and role nouns, clutter
// patterns, the country gazetteer and the layout patterns of official texts
// (headers, debate records, speaker lines, turn labels), in versioned
// embedded files that
// Grammar.Load extends at run time; a malformed file is an error naming the
// file and the line. The built-in grammar and registry are also compiled
// at go generate time into default_tables.go (tables.go), which an
// Analyzer of neither reads in place; edit their files, then run go
// generate ./attribution.
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
//     ("scrutinised by the National Cyber Security Centre");
//   - in texts with their own voice (releases, transcripts, debates), the
//     sentences of that voice (kind "statement").
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
