package experiment

import "github.com/stancekit/stancekit/stance"

// FamilyAblations are the eighth session's rows (issue 10): model families
// and combinations not tried before, each against the default on the same
// folds (go run ./examples/evaluate -paired family). Every setting a row
// learns from data (class offsets, stacking weights) is chosen by an inner
// grouped 5-fold cross-validation on the fold's training statements.
func FamilyAblations(def stance.TrainConfig) []Ablation {
	lin := LinearProbs(nil)
	svm := LinearProbs(func(c *stance.TrainConfig) { c.Solver, c.L2, c.Tolerance = stance.SolverSVM, 3e-4, 0 })
	nb := LinearProbs(func(c *stance.TrainConfig) { c.NB, c.L2 = 0.5, 3e-5 })
	net := MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 1})
	skip := MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Skip: true, Seed: 1})
	row := func(name string, l Learner) Ablation {
		return Ablation{Name: "family: " + name, Config: def, Options: Options{Learner: l}}
	}
	return []Ablation{
		row("MLP, 64 hidden ReLU, dropout 0.3, 10 epochs", Labelled(net)),
		row("MLP with a linear skip path", Labelled(skip)),
		row("class offsets for macro-F1 (inner 5-fold)", OffsetLearner(lin, 5, 1)),
		row("mix: default and MLP, geometric mean", Labelled(Mix([]ProbLearner{lin, net}, []float64{0.5, 0.5}))),
		row("stack: default, SVM, NB-LR (inner 5-fold)", StackLearner([]ProbLearner{lin, svm, nb}, 5, 1e-3, false)),
		row("stack: default, SVM, NB-LR, MLP (inner 5-fold)", StackLearner([]ProbLearner{lin, svm, nb, net}, 5, 1e-3, false)),
		row("stack: default, SVM, NB-LR, MLP, then class offsets", StackLearner([]ProbLearner{lin, svm, nb, net}, 5, 1e-3, true)),
		row("MLP variant: no dropout", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Seed: 1}))),
		row("MLP variant: dropout 0.5", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.5, Seed: 1}))),
		row("MLP variant: 5 epochs", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 5, Dropout: 0.3, Seed: 1}))),
		row("MLP variant: 20 epochs", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 20, Dropout: 0.3, Seed: 1}))),
		row("MLP variant: 128 hidden", Labelled(MLPProbs(MLPConfig{Hidden: 128, Epochs: 10, Dropout: 0.3, Seed: 1}))),
		row("MLP variant: 32 hidden", Labelled(MLPProbs(MLPConfig{Hidden: 32, Epochs: 10, Dropout: 0.3, Seed: 1}))),
		row("MLP variant: mean of 3 seeds", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 1, Models: 3}))),
		row("MLP variant: second seed", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 2}))),
		row("mix variant: network weight 0.3", Labelled(Mix([]ProbLearner{lin, net}, []float64{0.7, 0.3}))),
		row("mix variant: network weight 0.7", Labelled(Mix([]ProbLearner{lin, net}, []float64{0.3, 0.7}))),
		row("mix variant: 32 hidden", Labelled(Mix([]ProbLearner{lin, MLPProbs(MLPConfig{Hidden: 32, Epochs: 10, Dropout: 0.3, Seed: 1})}, []float64{0.5, 0.5}))),
		row("mix variant: 16 hidden, 5 epochs", Labelled(Mix([]ProbLearner{lin, MLPProbs(MLPConfig{Hidden: 16, Epochs: 5, Dropout: 0.3, Seed: 1})}, []float64{0.5, 0.5}))),
		row("mix variant: dropout 0.5", Labelled(Mix([]ProbLearner{lin, MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.5, Seed: 1})}, []float64{0.5, 0.5}))),
		row("mix variant: network seed 2", Labelled(Mix([]ProbLearner{lin, MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 2})}, []float64{0.5, 0.5}))),
		row("stack parts: default and NB-LR (inner 5-fold)", StackLearner([]ProbLearner{lin, nb}, 5, 1e-3, false)),
		row("stack parts: default and SVM (inner 5-fold)", StackLearner([]ProbLearner{lin, svm}, 5, 1e-3, false)),
		row("stack parts: default alone, restacked (inner 5-fold)", StackLearner([]ProbLearner{lin}, 5, 1e-3, false)),
		row("stack parts: mix of default, SVM, NB-LR, equal weights", Labelled(Mix([]ProbLearner{lin, svm, nb}, []float64{1. / 3, 1. / 3, 1. / 3}))),
		row("conjunctions: cue class × top 40 words and × cue class", ConjunctionLearner(40, 1)),
		row("conjunctions: cue class × top 20 words and × cue class, half value", ConjunctionLearner(20, 0.5)),
	}
}
