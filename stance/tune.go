package stance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/features"
)

// TuneResult is what Tune found.
type TuneResult struct {
	// Best indexes the winning candidate.
	Best int
	// Scores holds each candidate's cross-validated score, in candidate
	// order.
	Scores []float64
	// Reports holds each candidate's pooled out-of-fold report.
	Reports []Report
}

// Tune chooses among candidate training configurations by cross-validation
// on texts alone (scikit-learn's GridSearchCV with cross_val_predict
// pooling): every candidate is trained on each fold's complement, predicts
// the fold, and is scored on the pooled out-of-fold predictions with score
// (nil scores macro-F1). The best score wins; ties go to the earlier
// candidate, so list the simpler or more regularised settings first.
//
// The vectoriser is fitted once per fold for each distinct
// features.Config among the candidates and shared by the candidates that
// use it, so a grid over solver settings (L2, Balanced, ClassWeights,
// Solver) costs little more than one cross-validation. Tune is
// deterministic.
func Tune(texts []string, labels []Label, folds Folds, candidates []TrainConfig, score func(Report) float64) (TuneResult, error) {
	if len(texts) != len(labels) || len(folds) != len(texts) {
		return TuneResult{}, errors.New("tune: texts, labels and folds differ in length")
	}
	if len(candidates) == 0 {
		return TuneResult{}, errors.New("tune: no candidates")
	}
	if score == nil {
		score = func(r Report) float64 { return r.MacroF1 }
	}
	nf := 0
	for _, f := range folds {
		nf = max(nf, f+1)
	}
	pred := make([][]Label, len(candidates))
	for c := range pred {
		pred[c] = make([]Label, len(texts))
	}
	for f := 0; f < nf; f++ {
		trX, trY, teX, teI := folds.split(f, texts, labels)
		if len(teX) == 0 {
			continue
		}
		type fitted struct {
			vec      *features.Vectorizer
			trV, teV []features.Vector
		}
		first := candidates[0]
		p, err := prepare(trX, trY, &first)
		if err != nil {
			return TuneResult{}, fmt.Errorf("tune: fold %d: %w", f, err)
		}
		byFeatures := map[features.Config]*fitted{}
		for c, cfg := range candidates {
			lex, err := checkConfig(&cfg)
			if err != nil {
				return TuneResult{}, fmt.Errorf("tune: candidate %d: %w", c, err)
			}
			fv := byFeatures[cfg.Features]
			if fv == nil || cfg.Lexicon != nil {
				vec, err := features.NewVectorizer(cfg.Features, p.tok, lex)
				if err != nil {
					return TuneResult{}, fmt.Errorf("tune: candidate %d: %w", c, err)
				}
				fv = &fitted{vec: vec}
				if fv.trV, err = vec.FitTransform(trX); err != nil {
					return TuneResult{}, fmt.Errorf("tune: fold %d: %w", f, err)
				}
				fv.teV = make([]features.Vector, len(teX))
				for k, s := range teX {
					fv.teV[k], _ = vec.Transform(s)
				}
				if cfg.Lexicon == nil {
					byFeatures[cfg.Features] = fv
				}
			}
			m, err := p.fit(fv.vec, fv.trV, cfg)
			if err != nil {
				return TuneResult{}, fmt.Errorf("tune: fold %d, candidate %d: %w", f, c, err)
			}
			for k, x := range fv.teV {
				pred[c][teI[k]], _ = m.PredictVector(x)
			}
		}
	}
	classes := sortedClasses(labels)
	res := TuneResult{Scores: make([]float64, len(candidates)), Reports: make([]Report, len(candidates))}
	for c := range candidates {
		r, err := Score(labels, pred[c], classes)
		if err != nil {
			return TuneResult{}, fmt.Errorf("tune: %w", err)
		}
		res.Reports[c], res.Scores[c] = r, score(r)
		if res.Scores[c] > res.Scores[res.Best] {
			res.Best = c
		}
	}
	return res, nil
}

// sortedClasses returns the distinct labels in the order models report
// them.
func sortedClasses(labels []Label) []Label {
	var classes []Label
	seen := map[Label]bool{}
	for _, l := range labels {
		if !seen[l] {
			seen[l] = true
			classes = append(classes, l)
		}
	}
	slices.SortFunc(classes, CompareLabels)
	return classes
}
