export type { Matrix, MatrixLike, MaskLike, VectorLike } from './types';
export { matmul, transpose } from './matrix';
export { softmax, softmaxRows, logSumExp } from './softmax';
export { topK, argmax } from './top-k';
export { sigmoid, softplus } from './activations';
export { crossEntropy, crossEntropyFromLogits } from './cross-entropy';
export { routeTopK, moeCombine, expertCounts, expertLoadShares, type TopKRoute } from './routing';
export { loadBalancingLoss, routerZLoss, cvSquared } from './balancing';
export { loadBalance, maxOverMean, IDLE_FRACTION, type LoadBalance, type BalanceVerdict } from './load-balance';
export { gshardAuxLoss } from './gshard';
export { expertCapacity, dispatchWithCapacity, type Dispatch } from './capacity';
export { expertChoice } from './expert-choice';
export { keepTopK, noisyTopKGating, type NoisyGating, type NoisyGatingParams } from './noisy-gating';
export { routeTopP, type TopPRoute } from './top-p';
export { routeWithBias, updateBias, type BiasedRoute } from './bias-balancing';
export { sharedExpertWeights } from './shared-experts';
export { deepSeekBalanceLoss } from './deepseek-balance';
export {
  scaledDotProductAttention,
  causalMask,
  type AttentionMask,
  type AttentionResult,
} from './attention';
export { multiHeadAttention, type MultiHeadParams } from './multi-head-attention';
export { hardVote, softVote, weightedAverage, ensembleVariance, populationVariance, meanPairwiseCorrelation } from './ensembles';
export { bootstrapCounts, outOfBag, type OutOfBag } from './bagging';
export { adaBoost, fitDecisionTree, treePredict, treeProbs, type BoostRound, type DecisionTree } from './boosting';
export { foldAssignment, fitSoftmaxRegression, predictSoftmaxRegression, type SoftmaxRegression } from './stacking';
export { createRandom, type Random } from './random';
export { attentionParameters, ffnParameters, countParameters, type AttentionShape, type ModelShape, type ParameterCount } from './parameters';
export { entropy } from './entropy';
export { softmaxBackward } from './softmax-backward';
export { softmaxState, mergeSoftmaxStates, type SoftmaxState } from './softmax-state';
export { samplingDistribution, sampleIndex, type SamplingOptions } from './sampling';
export { groupedQueryAttention, kvHeadOf } from './gqa';
export { perplexityFromLogits, type SequenceLoss } from './perplexity';
export { matmulIntensity, type MatmulIntensity } from './arithmetic-intensity';
export { beamSearchStep } from './beam-search';
export { tokenCrossEntropy, type TokenCrossEntropyOptions } from './token-cross-entropy';
export { layerNormBackward, type LayerNormGradients } from './layer-norm-backward';
export { leastSquares } from './least-squares';
export { bootstrapSample, type BootstrapSample } from './bootstrap';
export { splitHeads, mergeHeads } from './heads';
export {
  kvCacheElementsPerToken,
  kvCacheBytes,
  withKvHeads,
  flopsPerToken,
  trainingFlops,
  adamMemoryBytes,
  expectedExpertsTouched,
  decodeStep,
  rooflineTime,
  allToAllBytes,
  type AdamConvention,
  type DecodeStep,
} from './inference';
export { MODEL_CONFIGS, MODEL_CONFIG_IDS, modelConfig, type ModelConfig } from './model-configs';
export { backOfEnvelope, type Envelope, type EnvelopeOptions } from './back-of-envelope';
export { tokensPerExpert, batchForExpertCoverage, servingFootprint, allToAllPerForward, qualityGainKept, type ServingFootprint } from './moe-serving';
export { onlineSoftmaxAttention, type OnlineSoftmaxStep } from './online-softmax';
export { rmsNorm, rootMeanSquare, RMS_NORM_EPSILON } from './rms-norm';
export { silu, swiGluFfn, swiGluHidden } from './swiglu';
export { ropeRotate, ropeScore, ropeRelativeScore, ropeFrequencies, ROPE_BASE } from './rope';
export { dotProductVariance, softmaxJacobian, scalingStudy, type ScalingStudy } from './attention-scaling';
export {
  temperatureSoftmax,
  topKFilter,
  topPFilter,
  perplexity,
  perplexityFromLoss,
  beamSearch,
  type Beam,
} from './decoding';
export { layerNorm, LAYER_NORM_EPSILON } from './layer-norm';
export {
  outOfBagProbability,
  expectedOutOfBagMembers,
  majorityVoteAccuracy,
  xgboostLeafWeight,
  xgboostSplitGain,
  gossSampling,
  featuresPerSplit,
  stackingFits,
  ensembleCost,
  type SplitStatistics,
  type GossSampling,
  type FeatureRule,
  type FeatureSubsample,
  type EnsembleCost,
} from './ensemble-theory';
