// Package stance is the last stage of stancekit's pipeline: it classifies a
// statement as supportive, cautious or opposed with respect to Huawei's part
// in 5G and critical telecom networks, with probabilities and the cues and
// features that drove the decision.
package stance
