import type { MDXComponents } from 'mdx/types';
import { AttentionExample } from './attention-example';
import { AttentionHandCheck, NextTokenLossExample, SequenceLossExample } from './hand-check-examples';
import { BalanceExample, ImportanceExample } from './balance-example';
import { BiasExample } from './bias-example';
import { Callout } from './callout';
import { CapacityExample, ExpertChoiceExample } from './capacity-example';
import { CheckYourself } from './check-yourself';
import { BeamExample, DecodingExample, PerplexityExample } from './decoding-examples';
import { NormExample, RopeExample, ScalingExample, SwiGluWidthExample } from './design-examples';
import { DecodeExample, KvCacheExample, OnlineSoftmaxExample } from './inference-examples';
import { MathHtml } from './math-html';
import { AverageExample, VarianceExample, VoteExample } from './ensemble-examples';
import {
  CorrelationFloorExample,
  EnsembleCostExample,
  FeatureSubsampleExample,
  MajorityVoteExample,
  OutOfBagExample,
  XgboostSplitExample,
} from './ensemble-practice-examples';
import { Misconception } from './misconception';
import { MultiHeadReading } from './multi-head-example';
import { RoutingExample } from './routing-example';
import { AllToAllExample, BatchCompositionExample, ExpertsTouchedExample, FootprintExample } from './serving-examples';
import { SharedExpertExample, TopPExample } from './top-p-example';
import { Widget } from './widget';
import { ZLossExample } from './z-loss-example';

/** The only place a tag becomes available to lesson MDX: lessons contain no imports. */
export const mdxComponents: MDXComponents = {
  AllToAllExample,
  BatchCompositionExample,
  ExpertsTouchedExample,
  FootprintExample,
  AttentionExample,
  AttentionHandCheck,
  NextTokenLossExample,
  SequenceLossExample,
  AverageExample,
  BalanceExample,
  BeamExample,
  BiasExample,
  Callout,
  CapacityExample,
  CheckYourself,
  DecodeExample,
  DecodingExample,
  ExpertChoiceExample,
  ImportanceExample,
  KvCacheExample,
  MathHtml,
  NormExample,
  Misconception,
  MultiHeadReading,
  OnlineSoftmaxExample,
  PerplexityExample,
  RopeExample,
  RoutingExample,
  ScalingExample,
  SharedExpertExample,
  SwiGluWidthExample,
  TopPExample,
  VarianceExample,
  VoteExample,
  Widget,
  ZLossExample,
  CorrelationFloorExample,
  EnsembleCostExample,
  FeatureSubsampleExample,
  MajorityVoteExample,
  OutOfBagExample,
  XgboostSplitExample,
  table: (props) => (
    // Focusable so a keyboard can scroll a table wider than a phone (WCAG 2.1.1).
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  ),
};
