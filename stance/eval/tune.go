package eval

import (
	"errors"
	"fmt"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
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
// use it (stance.TrainVectors), so a grid over solver settings (L2,
// Balanced, ClassWeights, Solver) costs little more than one
// cross-validation. Each candidate's report is the one CrossValidate gives
// for it. Tune is deterministic.
func Tune(texts []string, labels []stance.Label, folds Folds, candidates []stance.TrainConfig, score func(Report) float64) (TuneResult, error) {
	nf, err := folds.count(len(texts), len(labels))
	if err != nil {
		return TuneResult{}, fmt.Errorf("tune: %w", err)
	}
	if len(candidates) == 0 {
		return TuneResult{}, errors.New("tune: no candidates")
	}
	if score == nil {
		score = func(r Report) float64 { return r.MacroF1 }
	}
	pred := make([][]stance.Label, len(candidates))
	for c := range pred {
		pred[c] = make([]stance.Label, len(texts))
	}
	for f := 0; f < nf; f++ {
		trX, trY, teX, teI := folds.split(f, texts, labels)
		if len(teX) == 0 {
			continue
		}
		// fitted is a vectoriser fitted on the fold's training part, with
		// the vectors of its test part and (once a second candidate needs
		// them) of its training part.
		type fitted struct {
			vec      *features.Vectorizer
			trV, teV []features.Vector
		}
		byFeatures := map[features.Config]*fitted{}
		for c, cfg := range candidates {
			var m *stance.Model
			fv := byFeatures[cfg.Features]
			if fv == nil || cfg.Lexicon != nil {
				// Train fits the vectoriser and checks the examples.
				if m, err = stance.Train(trX, trY, cfg); err != nil {
					return TuneResult{}, fmt.Errorf("tune: fold %d, candidate %d: %w", f, c, err)
				}
				fv = &fitted{vec: m.Vectorizer(), teV: transform(m.Vectorizer(), teX)}
				if cfg.Lexicon == nil {
					byFeatures[cfg.Features] = fv
				}
			} else {
				if fv.trV == nil {
					fv.trV = transform(fv.vec, trX)
				}
				if m, err = stance.TrainVectors(fv.vec, fv.trV, trY, nil, cfg); err != nil {
					return TuneResult{}, fmt.Errorf("tune: fold %d, candidate %d: %w", f, c, err)
				}
			}
			for k, x := range fv.teV {
				pred[c][teI[k]], _ = m.PredictVector(x)
			}
		}
	}
	cls := classes(labels)
	res := TuneResult{Scores: make([]float64, len(candidates)), Reports: make([]Report, len(candidates))}
	for c := range candidates {
		r, err := Score(labels, pred[c], cls)
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

// transform returns the vectors of texts (a text with no features gives an
// empty vector, as in FitTransform).
func transform(vec *features.Vectorizer, texts []string) []features.Vector {
	out := make([]features.Vector, len(texts))
	for i, s := range texts {
		out[i], _ = vec.Transform(s)
	}
	return out
}
