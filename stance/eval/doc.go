// Package eval measures stance models: classification reports (precision,
// recall, F1, macro-F1 and the confusion matrix, scikit-learn's
// classification_report and confusion_matrix in one value), the folds of
// cross-validation, cross-validated predictions, and the choice of a
// training configuration by cross-validation.
//
// Package stance holds the model and its training; eval only uses them, as
// any caller could (stance never imports eval).
//
// Score builds a Report from gold labels and predictions, Evaluate from a
// model and labelled statements. StratifiedKFold, GroupKFold and GroupFolds
// make Folds; CrossValidate predicts every example with a model that never
// saw it; Tune picks the best of several TrainConfigs by that pooled
// out-of-fold report. Everything here is deterministic.
package eval
