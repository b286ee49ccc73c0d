/** Activation functions of the small MLPs, by name (no tfjs import: the protocol schema uses it). */
export const ACTIVATION_NAMES = ['relu', 'tanh'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];
