// Package stance is the last stage of stancekit's pipeline: it classifies a
// statement as supportive, cautious or opposed with respect to Huawei's part
// in 5G and critical telecom networks, with probabilities and the cues and
// features that drove the decision.
//
// # Use
//
//	m, err := stance.Default() // the embedded model, decoded once
//	if err != nil {
//		return err
//	}
//	p, err := m.Predict("Big telecoms operators oppose a Huawei ban.")
//	if err != nil {
//		return err // stance.ErrEmpty for a text with no words
//	}
//	fmt.Println(p.Label, p.Confidence) // supportive 0.87
//	for _, c := range p.Cues {
//		fmt.Println(c.Text, c.Class, c.Start, c.End) // oppose a Huawei ban supportive 23 42
//	}
//
// Train(texts, labels, DefaultTrainConfig()) fits a model of your own, on
// any label set; Save and Load keep it.
//
// # Models
//
// A Model is a linear classifier over the sparse vectors of a
// features.Vectorizer (word n-grams with negation marks, optional character
// n-grams, and the stance cue lexicon's class counts): a multinomial logistic
// regression (softmax), the default, or a one-vs-rest linear SVM
// (TrainConfig.Solver), whose scores are turned into probabilities with a
// softmax so that both answer the same way. Default returns the model
// embedded in the binary, trained on the labelled corpus; Train fits a new
// one on any set of lower-case labels, ordered by CompareLabels. Models are
// immutable once built and safe for concurrent use.
//
// # Training
//
// Train minimises the class-weighted mean log-loss plus an L2 penalty with
// gonum's L-BFGS. The penalty pulls the weights towards a prior, not towards
// zero: the weight tying a lexicon class's cue feature to the model class of
// the same name starts at TrainConfig.CuePrior, so the lexicon's knowledge
// speaks where the training data is thin (a nonzero prior that no class can
// take is an error, not plain L2). Training is deterministic: it spreads
// its work over GOMAXPROCS goroutines without changing one floating-point
// operation or its order, so the model is the same bytes on any number of
// cores, and its L-BFGS takes gonum's steps exactly (on amd64 with fewer
// passes over memory).
//
// # Explanations
//
// Every Prediction lists the lexicon cues found in the statement, with byte
// offsets, and the features that pushed the predicted class ahead of the
// others (Reasons), so an analyst can see why a statement got its label.
//
// # Evaluation
//
// Package stance/eval measures models: classification reports, folds,
// cross-validation and the choice of a TrainConfig by cross-validation
// (Tune). It uses only this package's exported API; this package never
// imports it.
//
// # Files
//
// Save writes a versioned format whose header carries the payload's length
// and sha256 (see persist.go); Load rejects foreign, truncated, corrupt and
// future-version files with errors wrapping ErrBadModel. `go generate
// ./stance` rebuilds the embedded default model and then writes it as Go
// data (default_tables.go: names, IDF, weights in the layout prediction
// reads, the n-gram index table), which loading the default model uses in
// place instead of decoding the file and hashing its vocabulary.
package stance
